"""Builder for the case copy_concatenated_csv_exports (round 68, listfree24).

Run: /work/main/.venv/bin/python build_copy_concatenated_csv_exports.py
Fixed seed; rebuilds the case folder byte for byte. Texts: real HMICFRS wording (OGL), copied
as literals from /work/main/reconcile/casegen/texts; force wording written for this case.
"""
# flake8: noqa
# --- literals copied from /work/main/reconcile/casegen/texts (OGL texts) ---
NATIONAL = {'austerity': ('Policing in austerity: Meeting the challenge',
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
 'efc17': ('PEEL: Police efficiency 2017 (national overview)',
           (2017, 11, 9),
           ['By September 2018, chief constables should produce an ambitious plan to improve '
            'digitally-enabled services within their force. The Home Office, National Police '
            "Chiefs' Council and Association of Police and Crime Commissioners should support the "
            'development of these plans by establishing a national framework which allows for the '
            'provision of digitally enabled services across force boundaries.']),
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
 'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to '
               'provide the capability to tackle corruption in policing',
               (2015, 1, 30),
               ['By 31 August 2015, all chief constables should satisfy themselves that they have '
                'processes in place to ensure that investigations into misconduct by officers and '
                'staff resulting in “no further action” are fair and free of any form of '
                'discrimination.']),
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
 'picture': ('Building the picture: an inspection of police information management',
             (2015, 7, 1),
             ['By 30 November 2015, chief constables should put in place arrangements to '
              'scrutinise audits of compliance with the APP on information management through the '
              'force information management governance structure. This should include measures to '
              'ensure that categorisation of records are regularly adjusted.']),
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
             'explain the reasons and implement any necessary improvement action.']),
 'sas13': ('Stop and search powers: Are the police using them effectively and fairly?',
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
 'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?',
           (2015, 3, 24),
           ['Chief constables should, in consultation with police and crime commissioners, ensure '
            'that they comply with the Code of Practice by explaining to the public the way stop '
            'and search powers are used in their areas and by making arrangements for stop and '
            'search records to be scrutinised by community representatives. This should be done in '
            'a way that involves those people who are stopped and searched, for example young '
            'people.']),
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
             'trafficking offences are exploited.'])}
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
# --- end of copied literals ---

# =============================================================================================
# Case: copy_concatenated_csv_exports
# HMICFRS side: the definitive list reached the force as three separate CSV downloads which the
# analyst joined with a Windows `copy *.csv hmicfrs.csv` (ASCII mode when combining: BOMs kept
# mid-file, no line break added between files, Ctrl+Z appended at the end).
# Force side: the force's own two-sheet tracker (LIVE + Completed) with report group rows.
# =============================================================================================
import csv
import datetime as dt
import io
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 6824
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
CASE = "copy_concatenated_csv_exports"
OUT = os.path.join(HERE, CASE)
FORCE, AREA, NEIGH = "Lincolnshire Police", "Lincolnshire", "Nottinghamshire Police"

BOM = "\ufeff"
CTRL_Z = "\x1a"


def nat(key, i):
    return NATIONAL[key][2][i]


def ntitle(key):
    return NATIONAL[key][0]


def npub(key):
    y, m, d = NATIONAL[key][1]
    return dt.date(y, m, d)


def d(s):
    return dt.datetime.strptime(s, "%d/%m/%Y").date()


def afi(body):
    return "The force should " + body + "."


T = TOPIC_BODIES
B = BODIES

# ---------------------------------------------------------------- force-level report titles
R_EFF16 = ("PEEL: Police effectiveness 2016", d("02/03/2017"))
R_EFC17 = ("PEEL: Police efficiency 2017", d("09/11/2017"))
R_LEG17 = ("PEEL: Police legitimacy 2017", d("12/12/2017"))
R_NCPI18 = ("National child protection inspection 2018", d("14/06/2018"))
R_PEEL18 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", d("02/05/2019"))
R_CDI19 = ("Crime data integrity inspection 2019", d("26/09/2019"))
R_PEEL21 = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", d("12/05/2022"))

REC, AFI_, COC, NATREC = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

# ---------------------------------------------------------------- the HMICFRS items
# Each item: ref, chunk, report, published, type, text, status, status date, reason, directed at,
# force rows [(sheet, force_ref, force_report, force_type, force_text, force_status)],
# category, why.
ITEMS = []


def item(ref, chunk, report, pub, typ, text, status, sdate, cat, why, force=(), reason=None,
         directed=None):
    ITEMS.append(dict(ref=ref, chunk=chunk, report=report, pub=pub, type=typ, text=text,
                      status=status, sdate=sdate, reason=reason, directed=directed,
                      force=list(force), cat=cat, why=why))


def L(fref, frep, ftype, ftext, rag):       # a row on the force's LIVE sheet
    return ("Live", fref, frep, ftype, ftext, rag)


def C(fref, frep, ftype, ftext, st):        # a row on the force's Completed sheet
    return ("Completed", fref, frep, ftype, ftext, st)


# ---- chunk 1: "Closed in period" export (all types; Status = Closed + Closure reason)
CL = "closed"
item(1187, CL, ntitle("sas13"), npub("sas13"), NATREC, nat("sas13", 0), "Closed", d("14/09/2023"),
     "closeable_local", "list closed (Superseded 14/09/2023); force still Amber on LIVE: close locally",
     [L("1187", "Stop and Search 2013", "National rec",
        "Chief Constables & CoP to set out in the S&S APP a clear specification of what constitutes "
        "effective and fair use of S&S powers, compliant with the Code of Practice.", "Amber")],
     reason="Superseded")
item(1188, CL, ntitle("sas13"), npub("sas13"), NATREC, nat("sas13", 1), "Closed", d("14/09/2023"),
     "in_sync", "list closed (Superseded); force Blue on Completed sheet",
     [C("1188", "Stop and Search 2013", "National rec",
        "CCs should establish or improve monitoring of the way officers stop & search people, so they "
        "are satisfied officers act in accordance with the law (incl. equality legislation & Code of "
        "Practice) and the power is used effectively to prevent crime, catch criminals and maintain "
        "public trust.", "Blue")], reason="Superseded")
item(1189, CL, ntitle("sas13"), npub("sas13"), NATREC, nat("sas13", 2), "Closed", d("14/09/2023"),
     "missing_from_force",
     "on list (closed, Superseded), no force row; the force's 'Stop and Search 2013' row on Completed "
     "is the 2015 report's item (says 'PCCs', not 'elected local policing bodies')",
     reason="Superseded")
item(3410, CL, ntitle("sas15"), npub("sas15"), NATREC, nat("sas15", 0), "Closed", d("14/09/2023"),
     "conflict",
     "same item by text ('in consultation with PCCs'); list closed it as Superseded under Stop and "
     "search powers 2 (2015) but force records it Complete under 'Stop and Search 2013': report "
     "disagrees",
     [C("", "Stop and Search 2013", "National rec",
        "CCs should, in consultation with PCCs, ensure they comply with the Code of Practice by "
        "explaining to the public how S&S powers are used in our area and by arranging for S&S "
        "records to be scrutinised by community representatives, involving those who are stopped "
        "& searched e.g. young people.", "Complete")], reason="Superseded")
item(2321, CL, ntitle("everyone"), npub("everyone"), NATREC, nat("everyone", 0), "Closed",
     d("02/10/2023"), "in_sync", "list closed (Complete); force Blue on Completed sheet",
     [C("2321", "Everyone's Business (DA) 2014", "National rec",
        "By Sept 2014 establish and publish a DA action plan, developed in consultation with the PCC, "
        "DA support organisations and victims' reps, after considering all the report's recs, "
        "relevant DHRs and IPCC findings, and drawing on CPS scrutiny panels / MARAC "
        "self-assessments.", "Blue")], reason="Complete")
item(2705, CL, ntitle("austerity"), npub("austerity"), NATREC, nat("austerity", 0), "Closed",
     d("02/10/2023"), "closeable_local",
     "list closed (No further action required); force Red on LIVE: close locally",
     [L("2705", "Policing in Austerity 2014", "National rec",
        "CC & PCC to review plans to deliver savings so we continue to reduce crime and protect the "
        "front line while balancing the budget - use HMIC VfM profiles in the review.", "Red")],
     reason="No further action required")
item(2706, CL, ntitle("austerity"), npub("austerity"), NATREC, nat("austerity", 1), "Closed",
     d("02/10/2023"), "in_sync", "list closed (No further action required); force Blue on Completed",
     [C("2706", "Policing in Austerity 2014", "National rec",
        "Force planning <10% of savings through collaboration - assess whether there is scope to "
        "improve on this. HMIC to follow up in the autumn.", "Blue")],
     reason="No further action required")
item(4822, CL, ntitle("core"), npub("core"), NATREC, nat("core", 0), "Closed", d("19/10/2023"),
     "in_sync",
     "list closed (Complete); force Complete on Completed sheet. Same ask as 10880 (CDI 2019) but the "
     "report and the 31 March 2015 deadline tell them apart",
     [C("4822", "Core Business 2014", "National rec",
        "Not later than 31 March 2015 provide call-handlers with specific, sound and comprehensible "
        "criteria to assess threat, harm and risk (THR policy).", "Complete")], reason="Complete")
item(4823, CL, ntitle("core"), npub("core"), NATREC, nat("core", 1), "Closed", d("19/10/2023"),
     "closeable_local", "list closed (Complete); force Amber on LIVE: close locally",
     [L("4823", "Core Business 2014", "National rec",
        "By 31 March 2015 ensure crime prevention / disruption activity is systematically recorded and "
        "evaluated to determine the effectiveness of tactics.", "Amber")], reason="Complete")
item(902, CL, ntitle("integrity"), npub("integrity"), NATREC, nat("integrity", 0), "Closed",
     d("07/11/2023"), "in_sync",
     "list closed (Complete); force Blue on Completed. Not to be confused with 8582 (PEEL "
     "legitimacy 2017, same ask, missing from tracker)",
     [C("902", "Integrity Matters 2015", "National rec",
        "By 31 Aug 2015 CC to satisfy himself that misconduct investigations resulting in 'no further "
        "action' are fair and free of any form of discrimination.", "Blue")], reason="Complete")
item(4517, CL, ntitle("firearms"), npub("firearms"), NATREC, nat("firearms", 0), "Closed",
     d("28/11/2023"), "in_sync", "list closed (Complete); force Blue on Completed",
     [C("4517", "Firearms licensing 2015", "National rec",
        "Within 3 months assess how well the governance of firearms licensing meets the APP "
        "standards; where not complied with, put the correct arrangements in place immediately.",
        "Blue")], reason="Complete")
item(4519, CL, ntitle("firearms"), npub("firearms"), NATREC, nat("firearms", 2), "Closed",
     d("28/11/2023"), "closeable_local", "list closed (Complete); force Amber on LIVE: close locally",
     [L("4519", "Firearms licensing 2015", "National rec",
        "Immediately satisfy ourselves that all appropriate action is being taken with regard to "
        "‘total expired’ licensing records.", "Amber")], reason="Complete")
item(4521, CL, ntitle("firearms"), npub("firearms"), NATREC, nat("firearms", 4), "Closed",
     d("28/11/2023"), "in_sync", "list closed (Complete); force Green on LIVE (done): both closed",
     [L("4521", "Firearms licensing 2015", "National rec",
        "Within 3 months ensure systems identify, before police attendance, whether an incident "
        "involves or is at the address of a firearm certificate holder, always applied by dispatch "
        "staff; officers understand the risk assessment and their power to seize firearms and "
        "certificates.", "Green")], reason="Complete")
item(7320, CL, R_EFF16[0], R_EFF16[1], AFI_, afi(T[0].format(t="hate crime")), "Closed",
     d("05/12/2023"), "closeable_local",
     "list closed (Superseded by later PEEL); force Amber on LIVE: close locally",
     [L("7320", "PEEL Eff 16", "AFI",
        "Improve understanding of the nature and scale of hate crime in Lincolnshire.", "Amber")],
     reason="Superseded")
item(7321, CL, R_EFF16[0], R_EFF16[1], AFI_, afi(T[12].format(t="stalking and harassment")),
     "Closed", d("05/12/2023"), "in_sync", "list closed (Superseded); force Blue on Completed",
     [C("", "PEEL Eff 16", "AFI",
        "Keep victims of stalking & harassment informed about the progress of their case in line "
        "with the Victims' Code.", "Blue")], reason="Superseded")
item(8394, CL, R_EFC17[0], R_EFC17[1], AFI_, afi(B[11]), "Closed", d("11/01/2024"),
     "closeable_local", "list closed (Complete); force Amber on LIVE: close locally",
     [L("8394", "PEEL Efficiency 2017", "AFI",
        "Further work to gain a fuller understanding of current and likely future demand, so that "
        "resources are matched to demand.", "Amber")], reason="Complete")
item(8396, CL, R_EFC17[0], R_EFC17[1], AFI_, FORCE + " should " + B[12] + ".", "Closed",
     d("11/01/2024"), "in_sync", "list closed (Complete); force Complete on Completed",
     [C("8396", "PEEL Efficiency 2017", "AFI",
        "Develop our understanding of the links between outcomes, outputs and costs.", "Complete")],
     reason="Complete")
item(8582, CL, R_LEG17[0], R_LEG17[1], REC, "By 31 August 2018, the force should " + B[10] + ".",
     "Closed", d("11/01/2024"), "missing_from_force",
     "on list (closed, No further action required), no force row; the tracker's similar row is "
     "902 (Integrity matters 2015)", reason="No further action required")
item(9128, CL, R_NCPI18[0], R_NCPI18[1], REC, "Immediately, the force should " + B[18] + ".",
     "Closed", d("23/01/2024"), "in_sync", "list closed (Complete); force Green on LIVE (done)",
     [L("9128", "NCPI 2018", "Rec",
        "Cease DA risk assessments over the telephone and dealing with DA in the resolution centre.",
        "Green")], reason="Complete")
item(10880, CL, R_CDI19[0], R_CDI19[1], REC, "Within three months, the force should " + B[9] + ".",
     "Closed", d("30/01/2024"), "closeable_local",
     "list closed (Complete); force Amber on LIVE: close locally (not the Core Business 4822 row)",
     [L("10880", "CDI 2019", "Rec",
        "Within 3 months provide call-handlers with specific, sound and comprehensible criteria to "
        "assess threat, harm and risk.", "Amber")], reason="Complete")
item(12737, CL, R_PEEL21[0], R_PEEL21[1], AFI_, afi(B[29]), "Closed", d("06/02/2024"),
     "closeable_local", "list closed (Complete); force Amber on LIVE: close locally",
     [L("12737", "PEEL 2021/22", "AFI",
        "Review how we gather & use equality and diversity data to understand our workforce "
        "demographics.", "Amber")], reason="Complete")
item(12747, CL, R_PEEL21[0], R_PEEL21[1], AFI_, afi(B[26]), "Closed", d("06/02/2024"),
     "in_sync", "list closed (Complete); force Blue on Completed",
     [C("12747", "PEEL 2021/22", "AFI",
        "Succession plans to set out how diversity will improve across all levels of the force - "
        "incl. more direct-entry opportunities.", "Blue")], reason="Complete")

# ---- chunk 2: "National - open" file (from HMICFRS's national monitoring team by email)
NA = "national"
BP, AR = "Being progressed", "Awaiting review"
item(3968, NA, ntitle("picture"), npub("picture"), None, nat("picture", 0), BP, d("19/06/2023"),
     "in_sync", "open on list; force Amber",
     [L("3968", "Building the Picture 2015", "National rec",
        "By 30 Nov 2015 put in place arrangements to scrutinise audits of compliance with the APP on "
        "information management through the force IM governance structure, incl. regular "
        "adjustment of record categorisation.", "Amber")], directed="Chief constables")
item(4518, NA, ntitle("firearms"), npub("firearms"), None, nat("firearms", 1), AR, d("04/12/2023"),
     "closeable_submit", "open on list (Awaiting review); force Green: submit for closure",
     [L("4518", "Firearms licensing 2015", "National rec",
        "Within 3 months assess the demand on the firearms licensing dept and ensure it has capacity "
        "to meet demand and provide an efficient and effective service at all times.", "Green")],
     directed="Chief constables")
item(4520, NA, ntitle("firearms"), npub("firearms"), None, nat("firearms", 3), BP, d("28/11/2023"),
     "in_sync", "open on list; force Amber",
     [L("4520", "Firearms licensing 2015", "National rec",
        "Within 3 months ensure temporary permit arrangements accord with HO guidance, permits are "
        "recorded without delay on NFLMS and certificate holders are never left in unlawful "
        "possession of a firearm.", "Amber")], directed="Chief constables")
SF_ROWS = [
    ("8205", "MSHT governance review (within 12 months) - (a) senior leaders prioritise the response "
             "to MSHT", "Green"),
    ("8205", "(b) every MSHT incident identified to police allocated appropriate resources with the "
             "skills, experience & capacity to investigate it effectively", "Amber"),
    ("8205", "(c) effective partnership arrangements to co-ordinate activity, share information and "
             "safeguard victims", "Green"),
    ("8205", "(d) performance & QA measures so senior leaders can assess the nature and quality of "
             "the service to victims", "Amber"),
]
item(8205, NA, ntitle("stolen"), npub("stolen"), None, nat("stolen", 0), BP, d("17/10/2023"),
     "in_sync",
     "open on list; force split it into one row per bullet (4 rows, 2 Green 2 Amber = still open): "
     "open on both",
     [L(r, "Stolen Freedom (MSHT) 2017", "National rec", t, g) for r, t, g in SF_ROWS],
     directed="Forces")
item(8206, NA, ntitle("stolen"), npub("stolen"), None, nat("stolen", 1), BP, d("17/10/2023"),
     "conflict",
     "timescale disagrees: list 'Within six months', force 'Within 12 months' (list text also "
     "carries a stray footnote digit '86')",
     [L("8206", "Stolen Freedom (MSHT) 2017", "National rec",
        "Within 12 months, forces should have in place active ISAs with other agencies to facilitate "
        "speedy exchange of intelligence, to safeguard victims better and identify suspects as early "
        "as possible.", "Amber")], directed="Forces")
item(8207, NA, ntitle("stolen"), npub("stolen"), None, nat("stolen", 2), AR, d("06/12/2023"),
     "closeable_submit", "open on list (Awaiting review); force Green: submit for closure",
     [L("8207", "Stolen Freedom (MSHT) 2017", "National rec",
        "Immediately ensure all victims carrying out criminal acts under compulsion attributable to "
        "slavery or exploitation get early and continuing consideration of the s45 defence.",
        "Green")], directed="Forces")
item(8208, NA, ntitle("stolen"), npub("stolen"), None, nat("stolen", 3), BP, d("17/10/2023"),
     "in_sync", "open on list; force Amber",
     [L("8208", "Stolen Freedom (MSHT) 2017", "National rec",
        "Immediately - full compliance with the NRM process and the Modern Slavery Act 2015 duty to "
        "notify the HO of any individual suspected to be an adult victim of MSHT.", "Amber")],
     directed="Forces")
item(8209, NA, ntitle("stolen"), npub("stolen"), None, nat("stolen", 4), AR, d("06/12/2023"),
     "closeable_submit",
     "open on list (Awaiting review); force Complete on Completed sheet: submit for closure",
     [C("8209", "Stolen Freedom (MSHT) 2017", "National rec",
        "Immediately ensure we fully comply with NCRS for MSHT offences and the FCR has enough audit "
        "capacity to give reassurance on crime-recording accuracy for these offences.",
        "Complete")], directed="Forces")
item(8210, NA, ntitle("stolen"), npub("stolen"), None, nat("stolen", 5), BP, d("17/10/2023"),
     "in_sync", "open on list; force Amber",
     [L("8210", "Stolen Freedom (MSHT) 2017", "National rec",
        "Immediately ensure MSHT allegations are thoroughly investigated and effectively supervised "
        "by teams with the right skills and experience (incl. JITs / intelligence from overseas).",
        "Amber")], directed="Forces")
item(8211, NA, ntitle("stolen"), npub("stolen"), None, nat("stolen", 6), BP, d("17/10/2023"),
     "missing_from_force", "open on list, no force row (preventative powers under the MSA 2015)",
     directed="Forces")
item(8466, NA, ntitle("efc17"), npub("efc17"), None, nat("efc17", 0), BP, d("22/08/2023"),
     "in_sync",
     "open on list; force Amber (force text keeps only the chief constables' part; the second "
     "sentence is addressed to the HO, NPCC and APCC)",
     [L("", "PEEL Efficiency 17 (all forces)", "National rec",
        "By September 2018, CCs should produce an ambitious plan to improve digitally-enabled "
        "services within their force.", "Amber")], directed="Chief constables")
item(8540, NA, ntitle("leg17"), npub("leg17"), None, nat("leg17", 0), BP, d("22/08/2023"),
     "in_sync",
     "cause of concern (type readable only from the wording: the national file has no Type "
     "column); force CoC row Amber: open on both",
     [L("8540", "PEEL Legit 17 S&S", "CoC",
        "CoC - forces unable to demonstrate that use of S&S powers is consistently reasonable and "
        "fair; over-representation of BAME people (black people in particular) in S&S data which "
        "many forces cannot explain.", "Amber")], directed="Forces")
item(8541, NA, ntitle("leg17"), npub("leg17"), None, nat("leg17", 1), AR, d("06/12/2023"),
     "closeable_submit", "open on list (Awaiting review); force Green: submit for closure",
     [L("8541", "PEEL Legit 17 S&S", "National rec",
        "By July 2018 regularly monitor a comprehensive set of S&S data to understand: reasons for "
        "disproportionate representation of ethnic groups; how find rates differ by ethnicity and "
        "search type (incl. drug possession vs supply); prevalence of possession-only drug searches "
        "and whether they align with local / force priorities.", "Green")], directed="Forces")
item(8542, NA, ntitle("leg17"), npub("leg17"), None, nat("leg17", 2), BP, d("22/08/2023"),
     "in_sync", "open on list; force Amber",
     [L("8542", "PEEL Legit 17 S&S", "National rec",
        "Where monitoring identifies disparities, demonstrate to the public the research / analysis "
        "carried out to understand the reasons and the action taken to reduce the disparity.",
        "Amber")], directed="Forces")
item(8543, NA, ntitle("leg17"), npub("leg17"), None, nat("leg17", 3), AR, d("06/12/2023"),
     "closeable_submit",
     "open on list (Awaiting review); force Blue on Completed sheet: submit for closure",
     [C("8543", "PEEL Legit 17 S&S", "National rec",
        "Publish the S&S analysis and any actions taken at least annually, from July 2018.",
        "Blue")], directed="Forces")
item(8544, NA, ntitle("leg17"), npub("leg17"), None, nat("leg17", 4), BP, d("22/08/2023"),
     "in_sync", "open on list; force Amber",
     [L("8544", "PEEL Legit 17 S&S", "National rec",
        "By July 2018 (and ongoing) all officers who use S&S powers trained in unconscious bias and "
        "the CoP APP on S&S.", "Amber")], directed="Forces")
item(13012, NA, ntitle("powers"), npub("powers"), None, nat("powers", 0), AR, d("09/01/2024"),
     "closeable_submit", "open on list (Awaiting review); force Green: submit for closure",
     [L("13012", "Police powers spotlight (Feb 21)", "National rec",
        "By July 2022 ensure officers & staff have effective communication skills in line with the "
        "National Policing Guidelines on Conflict Management, in addition to existing conflict "
        "management / de-escalation training.", "Green")], directed="Forces")
item(13013, NA, ntitle("powers"), npub("powers"), None, nat("powers", 1), BP, d("12/01/2024"),
     "in_sync", "open on list; force Amber",
     [L("", "Police powers spotlight (Feb 21)", "National rec",
        "By July 2021 reinforce communication skills through CPD for officers & staff; supervisors "
        "supported to routinely debrief officers on these skills using BWV footage.", "Amber")],
     directed="Forces")
BWV_ROWS = [
    ("13014", "BWV - record the entirety of all S&S encounters incl. traffic stops and use of force "
              "incidents"),
    ("13014", "BWV - structured process to review internally a sufficient sample of footage, "
              "disseminate learning and hold officers to account"),
    ("13014", "BWV - external scrutiny panel members given access to samples of S&S and use of force "
              "footage (APP safeguards)"),
]
item(13014, NA, ntitle("powers"), npub("powers"), None, nat("powers", 2), AR, d("09/01/2024"),
     "closeable_submit",
     "open on list (Awaiting review); force split it into one row per part (3 rows), all Green: "
     "submit for closure",
     [L(r, "Police powers spotlight (Feb 21)", "National rec", t, "Green") for r, t in BWV_ROWS],
     directed="Forces")
# the national file had no final line break: this last record is glued to the next file's header
item(13016, NA, ntitle("powers"), npub("powers"), None, nat("powers", 4), BP, d("12/01/2024"),
     "in_sync",
     "open on list; force Amber. Its CSV record is glued to the next export's header: status date "
     "reads '2024-01-12' + BOM + 'Reference' and 6 header names trail the record",
     [L("13016", "Police powers spotlight (Feb 21)", "National rec",
        "By July 2021 ensure effective internal monitoring of the use of force to identify and "
        "understand disproportionate use, explain the reasons and implement any necessary "
        "improvement action.", "Amber")], directed="Forces")

# ---- chunk 3: "Open - force level" export (its header arrives glued to the national file's
# last record, so this block has no header line of its own)
OP = "open"
item(7318, OP, R_EFF16[0], R_EFF16[1], COC, CAUSES[0], BP, d("14/11/2023"), "in_sync",
     "open on list; force CoC row Amber",
     [L("7318", "PEEL Eff 16", "CoC",
        "DA cause of concern - DASH discretion in force policy; officers not consistently completing "
        "DASH where policy requires it, so some DA victims at risk are not appropriately "
        "risk-assessed.", "Amber")])
item(7319, OP, R_EFF16[0], R_EFF16[1], REC,
     "To address this cause of concern, HMIC recommends the force should immediately " + B[41]
     + ". In cases where a DASH risk assessment is not completed the officer should record an "
       "assessment on the crime management system.", AR, d("30/01/2024"), "closeable_submit",
     "open on list (Awaiting review); force Green: submit for closure",
     [L("7319", "PEEL Eff 16", "Rec",
        "Immediately ensure effective supervision of initial risk assessment, specifically "
        "completion of DASH in appropriate cases; where no DASH, officer to record an assessment on "
        "the crime management system.", "Green")])
item(8395, OP, R_EFC17[0], R_EFC17[1], AFI_, afi(B[13]), BP, d("11/01/2024"), "in_sync",
     "open on list; force Amber",
     [L("8395", "PEEL Efficiency 2017", "AFI",
        "Develop a future workforce plan aligned with overall demand & budget (future resource "
        "allocations, skills mix, behaviours expected).", "Amber")])
item(8580, OP, R_LEG17[0], R_LEG17[1], AFI_, afi(B[27]), AR, d("18/12/2023"), "closeable_submit",
     "open on list (Awaiting review); force Green: submit for closure",
     [L("8580", "PEEL Legit 17", "AFI",
        "Provide a confidential way for staff to raise concerns and make sure staff are aware of "
        "whistleblowing processes.", "Green")])
item(8581, OP, R_LEG17[0], R_LEG17[1], REC, "Within six months the force should " + B[15] + ".", BP,
     d("11/01/2024"), "in_sync", "open on list; force Amber",
     [L("8581", "PEEL Legit 17", "Rec",
        "Within 6 months ensure all staff have at least the lowest level of vetting clearance for "
        "their role - clear the vetting backlog and renewals so we comply fully with the national "
        "vetting guidelines.", "Amber")])
item(9127, OP, R_NCPI18[0], R_NCPI18[1], REC, "Within three months, the force should " + B[19] + ".",
     BP, d("23/01/2024"), "conflict",
     "missing bullet: force split the recommendation into 2 rows and has no row for the third bullet "
     "(supervisors' oversight of missing person enquiries)",
     [L("9127", "NCPI 2018", "Rec",
        "Missing children - call takers understand and use the missing and absent category "
        "appropriately", "Amber"),
      L("9127", "NCPI 2018", "Rec",
        "Missing children - call takers and frontline staff know the CSE risk factors and how to "
        "respond to such cases", "Amber")])
item(9129, OP, R_NCPI18[0], R_NCPI18[1], REC, "Within six months the force should " + B[35] + ".",
     BP, d("23/01/2024"), "in_sync", "open on list; force Amber",
     [L("9129", "NCPI 2018", "Rec",
        "With children's social care, review how we manage the detention of children - detain only "
        "when absolutely necessary and for the minimum time; early assessment of need for "
        "alternative accomodation; record all actions & decisions; timely appropriate adult support.",
        "Amber")])
item(10240, OP, R_PEEL18[0], R_PEEL18[1], COC, CAUSES[5].format(neighbour=NEIGH), BP,
     d("14/11/2023"), "in_sync", "open on list; force CoC row Amber",
     [L("10240", "PEEL 2018/19", "CoC",
        "CoC - no suitable arrangements to maintain the full range of public services when the "
        "alliance with Nottinghamshire ends; gaps in workforce skills assessment; weaknesses in "
        "investigative approach and safeguarding of vulnerable people.", "Amber")])
item(10241, OP, R_PEEL18[0], R_PEEL18[1], REC,
     "HMIC recommends that the force should immediately: " + B[0] + ";", AR, d("30/01/2024"),
     "closeable_submit", "open on list (Awaiting review); force Green: submit for closure",
     [L("10241", "PEEL 2018/19", "Rec",
        "Review officers' capabilities and capacity to manage their investigative workload, to "
        "understand investigative demand and the pressures on them.", "Green")])
item(10242, OP, R_PEEL18[0], R_PEEL18[1], REC,
     "HMICFRS recommends that the force should immediately:" + B[52].format(neighbour=NEIGH)
     + "; and", BP, d("14/11/2023"), "in_sync", "open on list; force Amber",
     [L("10242", "PEEL 2018/19", "Rec",
        "Agree arrangements with Nottinghamshire Police for a smooth transition to the future "
        "operating model with no disruption to public services.", "Amber")])
item(10243, OP, R_PEEL18[0], R_PEEL18[1], REC,
     "HMIC recommends that the force should immediately: " + B[2] + ";", BP, d("14/11/2023"),
     "conflict", "type disagrees: list Recommendation (under the cause of concern), force 'AFI'",
     [L("10243", "PEEL 2018/19", "AFI",
        "Expand the skills project to assess all skills (not only operational) incl. future skills "
        "requirements; the assessment to inform workforce plans.", "Amber")])
item(10244, OP, R_PEEL18[0], R_PEEL18[1], REC,
     "HMIC recommends that the force should immediately: " + B[3].format(area=AREA) + ";", BP,
     d("14/11/2023"), "missing_from_force", "open on list, no force row (new operating model)")
item(10245, OP, R_PEEL18[0], R_PEEL18[1], REC,
     "HMIC recommends that the force should immediately: " + B[1] + ".", BP, d("14/11/2023"),
     "in_sync", "open on list; force Amber",
     [L("10245", "PEEL 2018/19", "Rec",
        "Review, with partners, our approach to vulnerability to better safeguard vulnerable "
        "people.", "Amber")])
CDI_ROWS = [
    ("10877", "CDI - victims believed at the point of report"),
    ("", "CDI - call handler / caller conversations summarised accurately in the incident log"),
    ("", "CDI - multiple crimes always recorded when described in incident records or identified "
         "in other investigations"),
    ("", "CDI - stop waiting for medical examination / video interview results before making "
         "crime-recording decisions"),
    ("", "CDI - online crime reports triaged on receipt to identify ongoing risk to the victim or "
         "public"),
]
item(10877, OP, R_CDI19[0], R_CDI19[1], REC,
     "HMIC recommends that within six months the force should: " + B[8] + ";", AR, d("30/01/2024"),
     "closeable_submit",
     "open on list (Awaiting review); force split it into one row per bullet (5 rows, ref on the "
     "first only), all Green: submit for closure",
     [L(r, "CDI 2019", "Rec", t, "Green") for r, t in CDI_ROWS])
item(10878, OP, R_CDI19[0], R_CDI19[1], AFI_,
     afi(T[5].format(t="rape and serious sexual offences")), BP, d("30/01/2024"), "in_sync",
     "open on list; force Red",
     [L("", "CDI 2019", "AFI", "Record reports of RASSO accurately and without delay.", "Red")])
item(10879, OP, R_CDI19[0], R_CDI19[1], AFI_, afi(B[5]), AR, d("30/01/2024"), "closeable_submit",
     "open on list (Awaiting review); force Green: submit for closure",
     [L("10879", "CDI 2019", "AFI",
        "Ensure regular and active supervison of the quality and progress of investigations, "
        "properly recorded.", "Green")])
P21 = "PEEL 2021/22"
item(12731, OP, R_PEEL21[0], R_PEEL21[1], AFI_, afi(B[21]), AR, d("06/02/2024"),
     "closeable_submit", "open on list (Awaiting review); force Green: submit for closure",
     [L("12731", P21, "AFI",
        "Appropriate strategic oversight arrangements to manage risks, performance and improvement "
        "plans effectively.", "Green")])
item(12732, OP, R_PEEL21[0], R_PEEL21[1], AFI_, afi(B[22]), BP, d("06/02/2024"), "in_sync",
     "open on list; force Amber",
     [L("12732", P21, "AFI",
        "Corporate risk register actively used to mitigate and manage known risks.", "Amber")])
item(12733, OP, R_PEEL21[0], R_PEEL21[1], AFI_, afi(B[23]), BP, d("06/02/2024"),
     "closeable_submit",
     "open on list (Being progressed); force Complete on Completed sheet: submit for closure",
     [C("12733", P21, "AFI", "All processes supporting performance management are effective.",
        "Complete")])
item(12734, OP, R_PEEL21[0], R_PEEL21[1], AFI_, afi(B[24]), BP, d("06/02/2024"),
     "missing_from_force", "open on list, no force row (accurate data and analysis)")
item(12735, OP, R_PEEL21[0], R_PEEL21[1], AFI_, afi(B[25]), BP, d("06/02/2024"), "in_sync",
     "open on list; force Amber",
     [L("12735", P21, "AFI",
        "Monitor team cultures (incl. gathering and analysing staff feedback) and take prompt "
        "remedial action on any issues identified.", "Amber")])
item(12736, OP, R_PEEL21[0], R_PEEL21[1], AFI_, afi(B[28]), AR, d("06/02/2024"),
     "closeable_submit", "open on list (Awaiting review); force Green: submit for closure",
     [L("12736", P21, "AFI",
        "Review the support available to those who have raised concerns and act to make sure it is "
        "suitable.", "Green")])
item(12738, OP, R_PEEL21[0], R_PEEL21[1], AFI_, afi(B[30]), BP, d("06/02/2024"), "in_sync",
     "open on list; force Red",
     [L("12738", P21, "AFI",
        "Clear prevention strategy targeting people most at risk; activity prioritises those most at "
        "risk.", "Red")])
item(12739, OP, R_PEEL21[0], R_PEEL21[1], AFI_, afi(T[11].format(t="domestic abuse")), BP,
     d("06/02/2024"), "in_sync", "open on list; force Amber",
     [L("", P21, "AFI", "Improve the timeliness of our response to DA calls for service.", "Amber")])
item(12740, OP, R_PEEL21[0], R_PEEL21[1], AFI_,
     afi(T[1].format(t="rape and serious sexual offences")), AR, d("06/02/2024"),
     "closeable_submit", "open on list (Awaiting review); force Green: submit for closure",
     [L("12740", P21, "AFI",
        "RASSO investigations allocated to officers with the right skills and effectively "
        "supervised.", "Green")])
item(12741, OP, R_PEEL21[0], R_PEEL21[1], AFI_, afi(T[7].format(t="county lines drug dealing")),
     BP, d("06/02/2024"), "in_sync", "open on list; force Amber",
     [L("12741", P21, "AFI",
        "Improve management of the risk posed by offenders involved in county lines.", "Amber")])
item(12742, OP, R_PEEL21[0], R_PEEL21[1], AFI_, afi(T[14].format(t="online child sexual abuse")),
     BP, d("06/02/2024"), "conflict",
     "reference disagrees: same item by text and report, but the force typed 12724 (12742 on the "
     "list; 12724 is not on the list)",
     [L("12724", P21, "AFI",
        "Enough specialist capacity & capability to investigate online CSA.", "Amber")])
item(12743, OP, R_PEEL21[0], R_PEEL21[1], AFI_, afi(B[14]), AR, d("06/02/2024"),
     "closeable_submit", "open on list (Awaiting review); force Green: submit for closure",
     [L("12743", P21, "AFI",
        "Improve use of the crime-recording & management system (Niche) to manage case files and "
        "investigative processes.", "Green")])
item(12744, OP, R_PEEL21[0], R_PEEL21[1], AFI_, afi(T[12].format(t="fraud")), BP, d("06/02/2024"),
     "in_sync", "open on list; force Amber",
     [L("12744", P21, "AFI",
        "Keep fraud victims informed about the progress of their case in line with the Victims' "
        "Code.", "Amber")])
item(12745, OP, R_PEEL21[0], R_PEEL21[1], AFI_, afi(B[6]), BP, d("06/02/2024"), "conflict",
     "report disagrees: list PEEL 2021/22 (12745), force filed it under 'PEEL 2018/19'",
     [L("12745", "PEEL 2018/19", "AFI",
        "Improve ability to retrieve digital evidence from phones, computers & other devices quickly "
        "enough that investigations are not delayed.", "Amber")])
item(12746, OP, R_PEEL21[0], R_PEEL21[1], AFI_, afi(T[9].format(t="county lines drug dealing")),
     BP, d("06/02/2024"), "missing_from_force",
     "open on list, no force row (county lines intelligence); the force's 'county lines measures' "
     "row is its own local action")
item(12748, OP, R_PEEL21[0], R_PEEL21[1], AFI_, afi(T[4].format(t="stalking and harassment")), BP,
     d("06/02/2024"), "in_sync", "open on list; force Amber",
     [L("12748", P21, "AFI",
        "Officers & staff have the training they need to identify and respond to stalking & "
        "harassment.", "Amber")])
item(12749, OP, R_PEEL21[0], R_PEEL21[1], AFI_, afi(B[7]), AR, d("06/02/2024"),
     "closeable_submit",
     "open on list (Awaiting review); force Complete on Completed sheet: submit for closure",
     [C("12749", P21, "AFI",
        "Improve understanding of suspects RUI and management of those released on bail.",
        "Complete")])
item(12750, OP, R_PEEL21[0], R_PEEL21[1], AFI_, afi(B[56]), BP, d("06/02/2024"), "in_sync",
     "open on list; force Amber",
     [L("12750", P21, "AFI",
        "Accessible information for all staff and the public on how to raise concerns and access "
        "confidential support (incl. external agencies).", "Amber")])

# ---------------------------------------------------------------- force rows not on the list
NOT_ON = [
    (L("2707", "Policing in Austerity 2014", "National rec",
       "Where reducing the proportion of workforce / officers on the front line, assess whether "
       "decisive action has been taken to maintain crime fighting capacity. HMIC to follow up in the "
       "autumn.", "Amber"),
     "national item 2707, closed by HMICFRS before this list's period: not on the list; query"),
    (C("2708", "Policing in Austerity 2014", "National rec",
       "Review collaboration plans ahead of the next spending round - scope for better VfM and "
       "capability through joint working with other forces, the public and/or private sector.",
       "Blue"),
     "national item 2708, closed before this list's period: not on the list"),
    (L("5602", "PEEL Eff 2015", "CoC",
       "CoC - response to missing & absent children: risk for children missing from home assessed "
       "inappropriately; 'absent' used where it should have been 'missing'.", "Amber"),
     "2015 cause of concern not on the list (closed by HMICFRS earlier): query"),
    (L("5604", "PEEL Eff 2015", "Rec",
       "Consider ways of increasing use of arrest, ancillary orders and other available powers to "
       "improve the service to DA victims and bring more perpetrators to justice.", "Amber"),
     "2015 recommendation not on the list (closed by HMICFRS earlier): query"),
    (L("", "PEEL Eff 16", "Local",
       "Local action: Task & Finish group to review the domestic abuse policy and report to the "
       "Force Executive Team", "Amber"), "force's own local action"),
    (L("", "CDI 2019", "Local",
       "Force action - Dip-sample 50 rape and serious sexual offences crime reports each quarter and "
       "report findings to the Crime Standards Board", "Green"), "force's own local action"),
    (L("", "Firearms licensing 2015", "Local",
       "JAC action: Internal audit of the firearms licensing governance arrangements (audit plan "
       "2023/24)", "Amber"), "force's own local action (JAC)"),
    (L("", P21, "Local",
       "Force improvement plan: Appoint a single point of contact for hate crime in each local "
       "policing area", "Amber"), "force's own local action"),
    (L("", P21, "Local",
       "Add county lines drug dealing measures to the monthly Force Performance pack", "Green"),
     "force's own local action (not AFI 12746 on county lines intelligence)"),
]

# ---------------------------------------------------------------- write hmicfrs.csv
H1 = ["Reference", "Report", "Published", "Type", "Recommendation", "Status", "Closure reason",
      "Status date"]
H2 = ["Ref", "Report title", "Date published", "Recommendation text", "Directed at",
      "HMICFRS status", "Last status change"]
H3 = ["Reference", "Type", "Report", "Recommendation", "Status", "Status date", "Published"]


def uk(x):
    return x.strftime("%d/%m/%Y")


def iso(x):
    return x.isoformat()


def chunk_text(header, rows, trailing_newline=True):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    s = BOM + buf.getvalue()
    if not trailing_newline:
        s = s[:-2]
    return s


closed = sorted([i for i in ITEMS if i["chunk"] == CL], key=lambda i: (i["sdate"], i["ref"]))
national = sorted([i for i in ITEMS if i["chunk"] == NA], key=lambda i: (i["pub"], i["ref"]))
opened = sorted([i for i in ITEMS if i["chunk"] == OP], key=lambda i: i["ref"])

rows1 = [[i["ref"], i["report"], uk(i["pub"]), i["type"], i["text"], i["status"], i["reason"],
          uk(i["sdate"])] for i in closed]
rows2 = [[i["ref"], i["report"], iso(i["pub"]), i["text"], i["directed"], i["status"],
          iso(i["sdate"])] for i in national]
rows3 = [[i["ref"], i["type"], i["report"], i["text"], i["status"], uk(i["sdate"]), uk(i["pub"])]
         for i in opened]

# copy *.csv hmicfrs.csv  (files in name order: Closed_in_period..., National_open..., Open_force...)
combined = (chunk_text(H1, rows1) + chunk_text(H2, rows2, trailing_newline=False)
            + chunk_text(H3, rows3) + CTRL_Z)

# Excel row numbers = CSV record numbers (a quoted field with line breaks stays in one row)
rec = 1                                 # header of the first file
for i in closed:
    rec += 1
    i["row"] = rec
rec += 1                                # second file's header (BOM + Ref,...)
HDR2_ROW = rec
for i in national:
    rec += 1
    i["row"] = rec
GLUED_ROW = rec                         # last national record + third file's header
for i in opened:
    rec += 1
    i["row"] = rec
CTRLZ_ROW = rec + 1

# ---------------------------------------------------------------- write tracker.xlsx
GROUPS = ["Stop and Search 2013", "Everyone's Business (DA) 2014", "Policing in Austerity 2014",
          "Core Business 2014", "Integrity Matters 2015", "Building the Picture 2015",
          "Firearms licensing 2015", "PEEL Eff 2015", "PEEL Eff 16", "Stolen Freedom (MSHT) 2017",
          "PEEL Efficiency 2017", "PEEL Efficiency 17 (all forces)", "PEEL Legit 17",
          "PEEL Legit 17 S&S", "NCPI 2018", "PEEL 2018/19", "CDI 2019",
          "Police powers spotlight (Feb 21)", "PEEL 2021/22"]
GROUP_TITLES = {
    "Stop and Search 2013": "Stop and Search 2013 - HMIC national thematic (July 2013)",
    "Policing in Austerity 2014": "Policing in Austerity 2014 - national (July 2014)",
    "Core Business 2014": "Core Business 2014 - national (Sept 2014)",
    "Building the Picture 2015": "Building the Picture 2015 - information management (July 2015)",
    "Firearms licensing 2015": "Firearms licensing 2015 - Targeting the Risk (Sept 2015)",
    "PEEL Eff 2015": "PEEL Effectiveness 2015 (force report)",
    "PEEL Eff 16": "PEEL Effectiveness 2016 (force report, March 2017)",
    "Stolen Freedom (MSHT) 2017": "Stolen Freedom (MSHT) 2017 - national (Oct 2017)",
    "PEEL Efficiency 2017": "PEEL Efficiency 2017 (force report, Nov 2017)",
    "PEEL Efficiency 17 (all forces)": "PEEL Efficiency 2017 - national overview",
    "PEEL Legit 17": "PEEL Legitimacy 2017 (force report, Dec 2017)",
    "PEEL Legit 17 S&S": "PEEL Legitimacy 2017 - national overview (stop and search)",
    "NCPI 2018": "National Child Protection Inspection 2018",
    "PEEL 2018/19": "PEEL 2018/19 (integrated PEEL assessment, May 2019)",
    "CDI 2019": "Crime Data Integrity 2019",
    "Police powers spotlight (Feb 21)": "Disproportionate use of police powers - spotlight (Feb 2021)",
    "PEEL 2021/22": "PEEL 2021/22 (published May 2022)",
}

PROG = {
    "Green": ["Completed. Evidence submitted to HMICFRS for closure.",
              "Ready to move to GREEN status.",
              "Pending sign off by the chief officer lead.",
              "Evidence pack with the sign-off lead; to go to HMICFRS via the FLL."],
    "Amber": ["Work undertaken in area but still requires development to complete.",
              "A Task & Finish group has been set up and a full implementation/project plan, policy "
              "rewrite and communications plan is now completed.",
              "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
              "Addressed holistically as part of the force change programme.",
              "The policy is now signed off and in place with an implementation date of the end of "
              "October."],
    "Red": ["Little work yet undertaken in this area. Unlikely to reach deadlines.",
            "Awaiting allocation."],
}

PROG_LOCAL = {
    "Green": ["Done - reported to the Force Assurance Board.",
              "Complete - local action, no HMICFRS submission needed."],
    "Amber": ["In progress - owner to update at the next Force Assurance Board.",
              "Scoped; due for completion by end of Q4 2023/24."],
}

frows = []          # (force row tuple, truth info)
for it in ITEMS:
    for fr in it["force"]:
        frows.append((fr, it))
for fr, why in NOT_ON:
    frows.append((fr, why))

live = [x for x in frows if x[0][0] == "Live"]
done = [x for x in frows if x[0][0] == "Completed"]
live.sort(key=lambda x: GROUPS.index(x[0][2]))           # stable: keeps the order written above

wb = Workbook()
ws = wb.active
ws.title = "Live"
bold = Font(bold=True)
grp_fill = PatternFill("solid", fgColor="D9E1F2")
hdr_fill = PatternFill("solid", fgColor="1F3864")
RAG_FILL = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Blue": "BDD7EE",
            "Complete": "BDD7EE"}
ws["A1"] = f"{FORCE} - HMICFRS Recommendations & AFIs Tracker (LIVE)"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("Organisational Learning & Inspection Team  |  OFFICIAL  |  last updated 09/02/2024  |  "
            "done items move to the 'Completed' tab")
ws["A2"].font = Font(italic=True)
LHDR = ["No.", "HMICFRS Ref", "Report", "Type", "Recommendation / AFI", "Lead", "RAG",
        "Progress update", "Date submitted for closure"]
for c, h in enumerate(LHDR, 1):
    cell = ws.cell(row=4, column=c, value=h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = hdr_fill
    cell.alignment = Alignment(wrap_text=True, vertical="top")
r = 5
n = 0
cur = None
truth = []
for fr, info in live:
    sheet, fref, frep, ftype, ftext, rag = fr
    if frep != cur:
        if cur is not None:
            r += 1                                   # blank spacer row between report groups
        ws.cell(row=r, column=1, value=GROUP_TITLES.get(frep, frep)).font = bold
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = grp_fill
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        cur = frep
    n += 1
    lead = rng.choice(LEADS)
    prog = rng.choice(PROG_LOCAL[rag] if ftype == "Local" else PROG[rag])
    vals = [n, int(fref) if fref else None, frep, ftype, ftext, lead, rag, prog, None]
    if rag == "Green" and ftype != "Local":
        vals[8] = dt.date(2023, 10, 2) + dt.timedelta(days=rng.randrange(0, 125))
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if c == 9 and v is not None:
            cell.number_format = "dd/mm/yyyy"
    ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=RAG_FILL[rag])
    truth.append((f"Live!{r}", info))
    r += 1
for col, w in zip("ABCDEFGHI", [6, 11, 24, 12, 70, 24, 9, 45, 14]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A5"

wc = wb.create_sheet("Completed")
wc["A1"] = "Completed / closed items (moved from LIVE once signed off)"
wc["A1"].font = Font(bold=True, size=12)
CHDR = ["No.", "HMICFRS Ref", "Report", "Type", "Recommendation / AFI", "Lead", "Status",
        "Closure note", "Date closed"]
for c, h in enumerate(CHDR, 1):
    cell = wc.cell(row=2, column=c, value=h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = hdr_fill
NOTE_CLOSED = ["Complete - signed off at Force Assurance Board.", "Complete. Moved from LIVE.",
               "Closed - evidence held on the OL team site."]
NOTE_SUBMIT = ["Signed off at Force Assurance Board; evidence submitted to HMICFRS.",
               "Complete - signed off by DCC; submitted for closure."]
r = 3
for k, (fr, info) in enumerate(done, 1):
    sheet, fref, frep, ftype, ftext, st = fr
    if isinstance(info, dict) and info["cat"] == "closeable_submit":
        note = rng.choice(NOTE_SUBMIT)
    else:
        note = rng.choice(NOTE_CLOSED)
    start = (info["pub"] if isinstance(info, dict) else dt.date(2014, 7, 22)) + dt.timedelta(days=180)
    span = (dt.date(2024, 1, 31) - start).days
    vals = [k, int(fref) if fref else None, frep, ftype, ftext, rng.choice(LEADS), st, note,
            start + dt.timedelta(days=rng.randrange(0, span))]
    for c, v in enumerate(vals, 1):
        cell = wc.cell(row=r, column=c, value=v)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if c == 9:
            cell.number_format = "dd/mm/yyyy"
    wc.cell(row=r, column=7).fill = PatternFill("solid", fgColor=RAG_FILL[st])
    truth.append((f"Completed!{r}", info))
    r += 1
for col, w in zip("ABCDEFGHI", [6, 11, 24, 12, 70, 24, 10, 45, 12]):
    wc.column_dimensions[col].width = w

wk = wb.create_sheet("Key")
KEY = [("RAG key", None),
       ("Green", "Action complete - evidence with sign-off lead / submitted to HMICFRS"),
       ("Amber", "Work ongoing and on track"),
       ("Red", "Beyond deadline or little progress - exception report to Force Assurance Board"),
       ("Blue", "Closed - moved to the Completed tab"),
       ("Complete", "As Blue (older entries)"),
       (None, None),
       ("Type key", None),
       ("Rec", "HMICFRS recommendation (force report)"),
       ("National rec", "HMICFRS recommendation to all forces"),
       ("AFI", "Area for improvement"),
       ("CoC", "Cause of concern"),
       ("Local", "Force's own action (not an HMICFRS item)")]
for k, (a, b) in enumerate(KEY, 1):
    wk.cell(row=k, column=1, value=a)
    wk.cell(row=k, column=2, value=b)
    if b is None and a:
        wk.cell(row=k, column=1).font = bold
wk.column_dimensions["A"].width = 14
wk.column_dimensions["B"].width = 70

# ---------------------------------------------------------------- truth.csv
lines = []
for frow, info in truth:
    if isinstance(info, dict):
        lines.append((f"hmicfrs.csv!{info['row']}", frow, info["cat"], info["why"]))
    else:
        lines.append(("", frow, "not_on_hmicfrs_list", info))
for it in ITEMS:
    if not it["force"]:
        lines.append((f"hmicfrs.csv!{it['row']}", "", it["cat"], it["why"]))


def sort_key(t):
    h = int(t[0].split("!")[1]) if t[0] else 10 ** 6
    sh, rr = t[1].split("!") if t[1] else ("", "0")
    return (h, sh, int(rr))


lines.sort(key=sort_key)

# ---------------------------------------------------------------- write everything
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "hmicfrs.csv"), "wb") as f:
    f.write(combined.encode("utf-8"))
wb.properties.creator = "OL&I Team"
wb.properties.created = dt.datetime(2024, 2, 9, 9, 30)
wb.properties.modified = dt.datetime(2024, 2, 9, 9, 30)
_xbuf = io.BytesIO()
wb.save(_xbuf)
# openpyxl stamps the save time into core.xml and the zip entries: pin both so the build is
# byte for byte reproducible
import re
import zipfile
with zipfile.ZipFile(io.BytesIO(_xbuf.getvalue())) as zin, \
        zipfile.ZipFile(os.path.join(OUT, "tracker.xlsx"), "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-02-09T09:30:00Z", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 2, 9, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, data)
buf = io.StringIO()
tw = csv.writer(buf, lineterminator="\n")
tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
tw.writerows(lines)
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
    f.write(buf.getvalue())

README = '# copy_concatenated_csv_exports\n\nRound 68 independent case (folder `listfree24`, an HMICFRS-side layout). Builder:\n`../build_copy_concatenated_csv_exports.py`, seed **6824**. Run it with\n`/work/main/.venv/bin/python`; it rebuilds all four files byte for byte. The xlsx zip entry times\nand core.xml "modified" are fixed at 2024-02-09 09:30.\n\n## The story\n\nLincolnshire Police\'s definitive list for February 2024 reached the Organisational Learning team\nas **three CSV files**, not one:\n\n| file (name order) | where it came from | columns |\n|---|---|---|\n| `Closed_in_period_2024-02-12.csv` | force-level download, "closed since the last list" view | Reference, Report, Published, Type, Recommendation, Status, Closure reason, Status date |\n| `National_open_2024-02-12.csv` | emailed by HMICFRS\'s national monitoring team: a different tool | Ref, Report title, Date published, Recommendation text, Directed at, HMICFRS status, Last status change |\n| `Open_force_level_2024-02-12.csv` | force-level download, "open" view | Reference, Type, Report, Recommendation, Status, Status date, Published |\n\nThe analyst joined them at a command prompt with `copy *.csv hmicfrs.csv`. When `copy` combines\nfiles it works in ASCII mode (`/a` is the default when combining): it copies every byte of each file\none after another, byte-order marks included, adds no line break between files, and appends\nCtrl+Z (0x1A) to the end of the new file. Both HMICFRS tools write UTF-8 with a BOM and CRLF line\nends. The national tool writes **no line break after its last record**. Sources: Microsoft `copy`\nbehaviour as explained at newbe.dev ("Batch script to merge files without Hex char 1A at the end":\n"The default when combining files is /a … /a causes ASCII 26 to be added"). The\nbillyzkid/ncopy README describes stray BOMs breaking concatenated files. The register facts are\nfrom the research notes: plain integer ids unique across the register, the status words\n"Awaiting review" / "Being progressed" / "Complete" / "Superseded", and "Directed at" as seen on\ninquirytracker.\n\nThe tracker is the force\'s own two-sheet workbook: `Live` (title rows 1–2, header row 4, a shaded,\nmerged report-group row before each report, a blank spacer row between groups) and `Completed`\n(title row 1, header row 2). A `Key` sheet holds the legend and has no items.\n\n## hmicfrs.csv: what is where (row = CSV record = the row Excel shows)\n\n| row(s) | content | item? |\n|---|---|---|\n| 1 | header of file 1 (the file\'s own BOM, which Excel swallows) | no |\n| 2–23 | 22 closed items, every type; Status `Closed` + Closure reason `Complete` / `Superseded` / `No further action required`; dates dd/mm/yyyy | yes |\n| 24 | header of file 2, starting with an invisible U+FEFF (`\\ufeffRef`); other column names, **no Type column**, extra `Directed at` | no |\n| 25–44 | 20 open national items; statuses `Being progressed` / `Awaiting review`; dates **ISO yyyy-mm-dd** | yes |\n| 44 | the last national item (13016), **glued to file 3\'s header**: its last field reads `2024-01-12\\ufeffReference`, and 6 more fields follow it (`Type, Report, Recommendation, Status, Status date, Published`) | yes (one item) |\n| 45–78 | 34 open force-level items in file 3\'s column order (Type second, Published last). **No header line of their own**: the only header for them is the tail of row 44 | yes |\n| 79 | a lone Ctrl+Z (0x1A) | no |\n\nTexts with bullets keep their line breaks inside quoted fields, so a record can span several\nphysical lines but is one Excel row. (If an importer treats 0x1A as end of file, row 79 just\ndisappears. It is not an item either way.)\n\n## Traps and how the truth decides them\n\n1. **Repeated header mid-file (row 24), with a BOM in the first cell.** It is not an item.\n2. **Column meaning changes at each file boundary.** Block 1\'s 5th column is text; block 2\'s\n   4th column is text and its 5th is `Directed at`; block 3\'s 2nd column is Type and 3rd is Report.\n   Each row is read with its own block\'s header.\n3. **Glued record (row 44).** It is one item (13016, open, force Amber → `in_sync`). Its status\n   date has the next header\'s first name stuck to it, and the trailing names are not data.\n   Rows 45–78 have no header line and are read with the names in row 44\'s tail.\n4. **Ctrl+Z row (79).** Not an item.\n5. **Different status vocabularies per block.** In block 1 `Closed` plus a reason means HMICFRS\n   closed. `Awaiting review` and `Being progressed` both mean HMICFRS open (Awaiting review = the\n   force\'s evidence is waiting for HMICFRS).\n6. **No Type in the national block.** All are national recommendations except 8540 (row 36),\n   whose wording ("HMICFRS is concerned that …") makes it a cause of concern. The force\'s row\n   says `CoC`, so it is `in_sync`, not a type conflict.\n7. **Two date styles** (dd/mm/yyyy in blocks 1 and 3, ISO in block 2).\n8. **Look-alike report titles.** "PEEL: Police legitimacy 2017 (national overview)" (8540–8544) and\n   the force-level "PEEL: Police legitimacy 2017" (8580–8582). The same goes for the efficiency 2017 pair.\n9. **Same ask, different reports.** Core Business 4822 (row 9, closed; force Completed!7\n   `in_sync`) and CDI 2019 10880 (row 21, closed; force Live!77 Amber → `closeable_local`).\n   Integrity matters 902 (row 11, Completed!8 `in_sync`) and PEEL legitimacy 2017 8582 (row 19, no\n   force row → `missing_from_force`).\n10. **Stop and search 2013 vs 2015 (rows 4, 5).** The force\'s single row (Completed!4, no ref,\n   report "Stop and Search 2013") has the 2015 wording ("in consultation with PCCs"). It pairs\n   with 3410 (2015) as a **conflict**: HMICFRS closed it as Superseded under the 2015 report while\n   the force holds it Complete under the 2013 report. 1189 (2013, "elected local policing bodies")\n   is `missing_from_force`.\n11. **Stray footnote digits** kept in HMICFRS texts ("intelligence 86 and", "another force; and 20").\n    These are not differences.\n\nForce-side features: refs missing on some rows, one typo\'d ref, one item filed under the wrong\nreport, splits (one row per bullet/part), the force\'s own local actions (one with no prefix),\nclosed items on a separate sheet, and old items HMICFRS closed long ago that are still on the\ntracker.\n\nConflicts (6 items, 7 lines):\n- 3410: report (see 10).\n- 8206: timescale. The list says "Within six months", the force says "Within 12 months".\n- 9127: a missing bullet. The force split it into 2 rows (Live!64, 65), with no row for the\n  supervisors bullet. Both lines are conflict.\n- 10243: type. The list says Recommendation, the force says AFI.\n- 12742: reference. The force typed 12724, which is not on the list.\n- 12745: report. It is PEEL 2021/22 on the list; the force filed it under "PEEL 2018/19".\n\nSplits (same `hmicfrs_row` on each line, one category for the item as a whole):\n- 8205: 4 rows, 2 Green and 2 Amber, so the item is still open → `in_sync`.\n- 13014: 3 rows, all Green → `closeable_submit`.\n- 10877: 5 rows, all Green, ref on the first row only → `closeable_submit`.\n- 9127: 2 rows → `conflict`.\n\n`not_on_hmicfrs_list` (9 lines):\n- 2707 and 2708: austerity items HMICFRS closed before this list\'s period.\n- 5602 and 5604: 2015 items.\n- 5 local actions (Live!23, 33, 85, 110, 111). Live!111 "Add county lines … measures" is the\n  force\'s own action, not AFI 12746. 12746 is `missing_from_force`.\n\nStatus reduction on the force side: Green, Blue and Complete mean done (the Completed sheet is all\ndone). Amber and Red mean open.\n\n## Counts\n\n- HMICFRS items: 76 (22 closed, 20 national open, 34 force-level open).\n- Force item rows: 89 (Live 74, Completed 15).\n- truth.csv: 95 lines.\n\n| category | lines | HMICFRS items |\n|---|---|---|\n| in_sync | 41 | 38 |\n| closeable_submit | 24 | 18 |\n| closeable_local | 8 | 8 |\n| conflict | 7 | 6 |\n| missing_from_force | 6 | 6 |\n| not_on_hmicfrs_list | 9 | – |\n\nClosed on one side only: (18 + 8) / 76 = 34 %.\n\nRows that are not items:\n- hmicfrs.csv: rows 1, 24 and 79.\n- Live: rows 1–4, every report-group row and every blank spacer row.\n- Completed: rows 1–2.\n- Key: the whole sheet.\n\n## Texts\n\nHMICFRS wording is real (OGL). It is copied as literals from\n`/work/main/reconcile/casegen/texts` (national items verbatim; force-level items are real stems,\nbodies, topic asks and causes of concern with the force\'s name filled in). The force wording,\nprogress notes and local actions are written for this case.\n'
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as f:
    f.write(README)

if __name__ == "__main__":
    from collections import Counter
    print("HMICFRS items:", len(ITEMS), "force rows:", len(truth), "truth lines:", len(lines))
    print("header2 row", HDR2_ROW, "glued row", GLUED_ROW, "ctrl-z row", CTRLZ_ROW)
    print(Counter(x[2] for x in lines))
    print(Counter(i["cat"] for i in ITEMS))
