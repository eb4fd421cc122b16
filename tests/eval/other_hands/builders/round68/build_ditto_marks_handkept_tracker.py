"""Builder for the evaluation case ditto_marks_handkept_tracker (round 68).

A force tracker kept by hand for years, with ditto marks instead of repeated values. Run with
/work/main/.venv/bin/python build_ditto_marks_handkept_tracker.py; it rebuilds the case folder
byte for byte (fixed seed, fixed zip times)."""
# ruff: noqa: E501

NATIONAL = {'austerity': ('Policing in austerity: Meeting the challenge',
               (2014, 7, 22),
               [['National recommendation',
                 'All Chief Constables and PCCs should review their plans to deliver savings to '
                 'ensure they are doing all they can to continue to reduce crime and protect the '
                 'front line while balancing their budgets. They should use the data and '
                 "information contained in this report, and in HMIC's Value for Money profiles, "
                 'when conducting their reviews'],
                ['National recommendation',
                 'Chief Constables and PCCs in forces planning to deliver less than 10% of their '
                 'savings through collaboration should assess whether there is scope to improve on '
                 'this position. HMIC will follow up the assessments in the autumn.'],
                ['National recommendation',
                 'Chief Constables and PCCs in forces that are planning to reduce the proportion '
                 'of their workforce and/or police officers on the front line should assess '
                 'whether they have taken the decisive action seen in many forces in order to '
                 'maintain their crime fighting capacity. HMIC will follow up the assessments in '
                 'the autumn.'],
                ['National recommendation',
                 'In preparation for the next spending round period all Chief Constables and PCCs '
                 'should review their plans for collaboration. In particular they should consider '
                 'whether there is scope to deliver better value for money and improved capability '
                 'and capacity through joint working with other forces, the public and/or the '
                 'private sector.']]),
 'core': ('Core Business: an inspection into crime prevention, police attendance and the use of '
          'police time',
          (2014, 9, 4),
          [['National recommendation',
            'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that '
            'have not yet done so, should provide call-handlers with specific, sound and '
            'comprehensible criteria against which they can assess threat, harm and risk.'],
           ['National recommendation',
            'By 31 March 2015 all forces should ensure that crime prevention or disruption '
            'activity carried out is systematically recorded and subsequently evaluated to '
            'determine the effectiveness of tactics being employed.']]),
 'efc17': ('PEEL: Police efficiency 2017 (national overview)',
           (2017, 11, 9),
           [['National recommendation',
             'By September 2018, chief constables should produce an ambitious plan to improve '
             'digitally-enabled services within their force. The Home Office, National Police '
             "Chiefs' Council and Association of Police and Crime Commissioners should support the "
             'development of these plans by establishing a national framework which allows for the '
             'provision of digitally enabled services across force boundaries.']]),
 'everyone': ("Everyone's business: Improving the police response to domestic abuse",
              (2014, 3, 27),
              [['National recommendation',
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
                'CPS scrutiny panels and MARAC self-assessments.']]),
 'firearms': ('Targeting the risk: An inspection of the efficiency and effectiveness of firearms '
              'licensing in police forces in England and Wales',
              (2015, 9, 15),
              [['National recommendation',
                'Within three months, all chief constables should assess how well the governance '
                'of firearms licensing in his or her force meets the standards set out in '
                'Authorised Professional Practice. Chief constables of forces where the governance '
                'standards are not being complied with should put in place immediately the correct '
                'arrangements and procedures in order to meet the standards in full.'],
               ['National recommendation',
                'Within three months, all chief constables should assess the demand placed on '
                'their firearms licensing department and ensure it has the capacity to meet this '
                'demand and provide an efficient and effective service at all times.'],
               ['National recommendation',
                'Immediately, all chief constables should satisfy themselves that all appropriate '
                'action is being taken by their force with regard to ‘total expired’ licensing '
                'records.'],
               ['National recommendation',
                'Within three months, all chief constables should ensure that their arrangements '
                'in respect of the use of temporary permits are in accordance with the Home Office '
                'guidance; that temporary permits are properly recorded without delay on the '
                'National Firearms Licensing Management System; and that effective systems exist '
                'to ensure certificate holders are not permitted, at any time, to remain in '
                'unlawful possession of a firearm.'],
               ['National recommendation',
                'Within three months, all chief constables should ensure that systems designed to '
                'identify, prior to police attendance, whether a reported incident involves or is '
                'at the address of a firearm certificate holder are in place and are always '
                'applied by staff dispatching officers to incidents; and that officers understand '
                'the risk assessment which they should be undertaking in such circumstances, and '
                'their power, when appropriate, to seize firearms and firearm certificates.']]),
 'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to '
               'provide the capability to tackle corruption in policing',
               (2015, 1, 30),
               [['National recommendation',
                 'By 31 August 2015, all chief constables should satisfy themselves that they have '
                 'processes in place to ensure that investigations into misconduct by officers and '
                 'staff resulting in “no further action” are fair and free of any form of '
                 'discrimination.']]),
 'leg17': ('PEEL: Police legitimacy 2017 (national overview)',
           (2017, 12, 12),
           [['Cause of concern',
             'HMICFRS is concerned that forces are not able to demonstrate that the use of stop '
             'and search powers is consistently reasonable and fair. In particular, there is '
             'over-representation of BAME people, and black people in particular, in stop and '
             'search data which many forces are unable to explain.'],
            ['National recommendation',
             'By July 2018, all police forces across England and Wales should be regularly and '
             'frequently monitoring a comprehensive set of data and information on use of stop and '
             'search powers to understand:\n'
             '•the reasons for any disproportionate representation of different ethnic groups in '
             'the use of stop and search; •the extent to which find rates differ between people '
             'from different ethnicities, and across different types of searches (including '
             'separate identification of find rates for drug possession and supply-type offences); '
             'and •the prevalence of possession-only drug searches, and the extent to which these '
             'align with local or force level priorities.'],
            ['National recommendation',
             'Where forces identify disparities through monitoring, they should demonstrate to the '
             'public that they have:\n'
             '•carried out research and analysis in an attempt to understand the reasons for the '
             'disparity, and •taken action to reduce the disparity, where necessary;'],
            ['National recommendation',
             'We expect forces to publish this analysis and any actions taken at least on an '
             'annual basis, from July 2018.'],
            ['National recommendation',
             'By July 2018, and ongoing following that date, forces should ensure that all '
             'officers who use stop and search powers have been provided with, and understand, '
             'training on unconscious bias and College of Policing APP on stop and search.']]),
 'picture': ('Building the picture: an inspection of police information management',
             (2015, 7, 1),
             [['National recommendation',
               'By 30 November 2015, chief constables should put in place arrangements to '
               'scrutinise audits of compliance with the APP on information management through the '
               'force information management governance structure. This should include measures to '
               'ensure that categorisation of records are regularly adjusted.']]),
 'powers': ('Disproportionate use of police powers: A spotlight on stop and search and the use of '
            'force',
            (2021, 2, 26),
            [['National recommendation',
              'By July 2022, forces should ensure that officers and staff have effective '
              'communication skills, in line with the National Policing Guidelines on Conflict '
              'Management. This should be in addition to existing training on conflict management '
              'and de-escalation.'],
             ['National recommendation',
              'By July 2021, forces should ensure that communication skills are reinforced as part '
              'of the programme of continuing professional development for officers and staff, and '
              'that supervisors are supported to routinely and frequently debrief officers on '
              'these skills using body-worn video footage.'],
             ['National recommendation',
              'By September 2021, forces should: ensure that officers record on body-worn video '
              '(when this is available) the entirety of all stop and search encounters, including '
              'traffic stops and use of force incidents.\n'
              'have a structured process for regularly reviewing and monitoring internally a '
              'sufficient sample of body-worn video footage to identify and disseminate learning '
              'and hold officers to account when behaviour falls below acceptable standards.\n'
              'provide external scrutiny panel members with access to samples of body-worn video '
              'footage showing stop and search encounters and use of force incidents, taking '
              'account of the safeguards in the College of Policing’s Authorised Professional '
              'Practice.'],
             ['National recommendation',
              'The Home Office and the NPCC should take steps to ensure that the quality of the '
              'data collected on the number of incidents where force has been used to effect a '
              'stop and search is sufficient for publication. The Home Office should publish this '
              'data as soon as possible.'],
             ['National recommendation',
              'By July 2021, forces should ensure they have effective internal monitoring '
              'processes on the use of force, to help them to identify and understand '
              'disproportionate use, explain the reasons and implement any necessary improvement '
              'action.']]),
 'sas13': ('Stop and search powers: Are the police using them effectively and fairly?',
           (2013, 7, 9),
           [['National recommendation',
             'Chief Constables and the College of Policing should establish in the Stop and Search '
             'Authorised Professional Practice document a clear specification of what constitutes '
             'the effective and fair exercise of stop and search powers, and guidance in this '
             'respect. This should be compliant with the Code of Practice.'],
            ['National recommendation',
             'Chief Constables should establish or improve monitoring of the way officers stop and '
             'search people, so that they can be satisfied their officers are acting in accordance '
             'with the law (including equality legislation and the Code of Practice), and that the '
             'power is used effectively to prevent crime, catch criminals and maintain public '
             'trust.'],
            ['National recommendation',
             'Chief Constables should, in consultation with elected local policing bodies, ensure '
             'that they comply with the code of practice by explaining to the public the way stop '
             'and search powers are used in their areas and by making arrangements for stop and '
             'search records to be scrutinised by community representatives. This should be done '
             'in a way that involves those people who are stopped and searched, for example, young '
             'people.']]),
 'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?',
           (2015, 3, 24),
           [['National recommendation',
             'Chief constables should, in consultation with police and crime commissioners, ensure '
             'that they comply with the Code of Practice by explaining to the public the way stop '
             'and search powers are used in their areas and by making arrangements for stop and '
             'search records to be scrutinised by community representatives. This should be done '
             'in a way that involves those people who are stopped and searched, for example young '
             'people.']]),
 'stolen': ('Stolen freedom: the policing response to modern slavery and human trafficking',
            (2017, 10, 24),
            [['National recommendation',
              'Within twelve months, forces should review their leadership and governance '
              'arrangements for modern slavery and human trafficking, to ensure that:\n'
              '• senior leaders prioritise the response to modern slavery and human trafficking;\n'
              '• every incident of modern slavery identified to police is allocated appropriate '
              'resources with the skills, experience and capacity to investigate it effectively;\n'
              '• forces develop effective partnership arrangements to co-ordinate activity in '
              'order to share information and safeguard victims; and\n'
              '• performance and quality assurance measures are in place to allow senior leaders '
              'to assess the nature and quality of the service provided to victims.'],
             ['National recommendation',
              'Within six months, forces should have in place active information-sharing '
              'agreements with other agencies to facilitate speedy exchange of intelligence 86 and '
              'in order to safeguard victims better and to identify suspects as early as possible'],
             ['National recommendation',
              'Immediately, forces should ensure that all victims carrying out criminal acts under '
              'compulsion attributable to slavery or exploitation are afforded the protection of '
              'early and continuing consideration of the applicability of the section 45 defence.'],
             ['National recommendation',
              'Immediately, forces should take steps to ensure they are fully compliant with the '
              'NRM process as it evolves and are implementing the requirement placed upon them '
              'under the Modern Slavery Act 2015 to notify the Home Office of any individual '
              'suspected to be an adult victim of modern slavery or human trafficking.'],
             ['National recommendation',
              'Immediately, forces should take steps to ensure they fully comply with national '
              'crime recording standard (NCRS) requirements for offences identified as modern '
              'slavery and human trafficking and that sufficient audit capacity is available to '
              'the force crime registrar to provide reassurance that each force is identifying and '
              'managing any gaps in its crime-recording accuracy for these types of offences.'],
             ['National recommendation',
              'Immediately, forces should ensure that allegations or indications of modern slavery '
              'and human trafficking are thoroughly investigated and effectively supervised by '
              'teams and individuals with the skills and experience to undertake them (this should '
              'include the use where appropriate of joint intelligence teams and other means to '
              'obtain intelligence and evidence from agencies overseas).'],
             ['National recommendation',
              'Immediately, forces should review their use of preventative powers under the Modern '
              'Slavery Act 2015 to ensure that opportunities to restrict the activities of those '
              'deemed to pose a clear threat to others in respect of modern slavery and human '
              'trafficking offences are exploited.']])}

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

CDI_VICTIMS_BODY = 'put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed'

MSHT_INTEL = 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify suspects as early as possible.'
BODIES = ['conduct a review of officers’ capabilities and capacity to manage their investigative workload, '
 'to better understand investigative demand and the pressures placed upon them',
 'ensure regular and active supervision of the quality and progress of investigations. This '
 'supervision should be properly recorded',
 'improve its ability to retrieve digital evidence from mobile phones, computers and other '
 'electronic devices quickly enough to ensure investigations are not delayed',
 'provide call-handlers with specific, sound and comprehensible criteria against which they can '
 'assess threat, harm and risk',
 'undertake further work to gain a fuller understanding of current demand for its services, and '
 'likely future changes in demand. This is so it can make best use of its resources by matching '
 'them to demand to meet the needs of the public',
 'develop its understanding of the links between its outcomes, outputs and costs',
 'improve its use of its crime-recording and management system to better manage its case files and '
 'investigative processes',
 'ensure all staff have received at least the lowest level of vetting clearance for their roles as '
 'quickly as possible, working to clear both the vetting backlog and new vetting renewals when '
 'they become due so that it complies fully with the national vetting guidelines',
 'consider ways of increasing the use of arrest, ancillary orders and other available powers, in '
 'order to improve the service it provides to victims of domestic abuse, offer the best possible '
 'protection and bring more perpetrators to justice',
 'put plans in place to monitor, including through the gathering and analysis of staff feedback, '
 'team cultures and provide prompt remedial action for any issues it identifies',
 'make sure it provides a confidential way for staff to raise concerns and that staff are aware of '
 'whistleblowing processes',
 'review the support available for those who have raised concerns and take any action needed to '
 'make sure these provisions are suitable',
 'review how it gathers and uses equality and diversity data to improve its understanding of its '
 'workforce demographics',
 'in conjunction with children’s social care services, review how it manages the detention of '
 'children. As a minimum it should:• ensure that all children are only detained when absolutely '
 'necessary and for the absolute minimum amount of time;• ensure that officers and staff in the '
 'custody suite assess at an early stage a child’s need for alternative accommodation (secure or '
 'otherwise) and work with children’s social care services to achieve the most appropriate option '
 'for the child;• ensure that custody staff make a record of all actions taken and decisions made '
 'on the relevant documentation; and• improve the timeliness of adequate appropriate adult support '
 'for children who are arrested',
 'take steps to ensure that there is effective supervision of the initial risk assessment process, '
 'specifically in relation to the completion of DASH risk assessment in appropriate cases',
 'make sure it provides accessible information for all staff and members of the public on how they '
 'can raise concerns and access confidential support (including through external agencies)']
BODY_MISSING = 'review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately;\n• call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and\n• supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action'

# ----------------------------------------------------------------------------------------------
# Everything below builds the case. Texts above are real HMICFRS wording (OGL), copied from the
# project's casegen text lists so that this script rebuilds the case on its own.
# ----------------------------------------------------------------------------------------------
import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 6806
CASE = "ditto_marks_handkept_tracker"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FORCE = "Lincolnshire Police"
H_SHEET = "Register"
F_SHEET = "Tracker"

rng = random.Random(SEED)

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"
B = dict(zip(["capab", "superv", "digital", "callh", "demand", "links", "crimesys", "vetting",
              "ancillary", "cultures", "confid", "support", "eqdiv", "custody", "dash", "access"],
             BODIES))

# ---------------------------------------------------------------- HMICFRS register (the list)
# report key -> (title, date)
REPORTS = {k: (v[0], dt.date(*v[1])) for k, v in NATIONAL.items()}
REPORTS.update({
    "peel16": ("PEEL: Police effectiveness 2016 – Lincolnshire Police", dt.date(2017, 3, 2)),
    "legit17": ("PEEL: Police legitimacy 2017 – Lincolnshire Police", dt.date(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018 – Lincolnshire Police", dt.date(2018, 6, 21)),
    "peel19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Lincolnshire Police",
               dt.date(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019 – Lincolnshire Police", dt.date(2019, 9, 19)),
    "cust20": ("Report on an unannounced inspection visit to police custody suites in Lincolnshire 2020",
               dt.date(2020, 8, 13)),
    "peel22": ("PEEL 2021/22: Police effectiveness, efficiency and legitimacy – Lincolnshire Police",
               dt.date(2022, 5, 19)),
    "peel25": ("PEEL 2023–2025: Police effectiveness, efficiency and legitimacy – Lincolnshire Police",
               dt.date(2024, 5, 14)),
})

BP, AR, CO, SU = "Being progressed", "Awaiting review", "Complete", "Superseded"
H = {}      # key -> dict(report, type, text, status)
H_ORDER = []


def h(key, report, typ, text, status):
    H[key] = dict(report=report, type=typ, text=text, status=status)
    H_ORDER.append(key)


def nat(report, i):
    return NATIONAL[report][2][i][1]


# national (all-forces) reports
h("a1", "sas13", NAT, nat("sas13", 0), CO)
h("a2", "sas13", NAT, nat("sas13", 1), CO)
h("a3", "sas13", NAT, nat("sas13", 2), BP)
h("b1", "everyone", NAT, nat("everyone", 0), CO)
h("c1", "austerity", NAT, nat("austerity", 0), CO)
h("c2", "austerity", NAT, nat("austerity", 1), CO)
h("c3", "austerity", NAT, nat("austerity", 2), CO)
h("c4", "austerity", NAT, nat("austerity", 3), SU)
h("d1", "core", NAT, nat("core", 0), CO)
h("d2", "core", NAT, nat("core", 1), BP)
h("e1", "integrity", NAT, nat("integrity", 0), CO)
h("f1", "sas15", NAT, nat("sas15", 0), BP)
h("g1", "picture", NAT, nat("picture", 0), BP)                      # missing from force
for i in range(5):
    h(f"h{i+1}", "firearms", NAT, nat("firearms", i), [CO, CO, CO, BP, CO][i])
# force-level PEEL effectiveness 2016
h("i1", "peel16", COC, CAUSES[0], CO)
h("i2", "peel16", REC, "To address this cause of concern, HMIC recommends the force should immediately "
  + B["dash"] + ".", CO)
h("i3", "peel16", REC, "HMIC recommends that within six months the force should: " + B["ancillary"] + ";", BP)
h("i4", "peel16", AFI, "The force should improve its understanding of the nature and scale of child "
  "sexual exploitation in its area.", CO)
h("i5", "peel16", AFI, "The force should make sure investigations of domestic abuse are allocated to "
  "officers with the right skills and are effectively supervised.", BP)
for i in range(7):
    h(f"j{i+1}", "stolen", NAT, nat("stolen", i), [BP, CO, BP, BP, BP, CO, BP][i])
h("k1", "efc17", NAT, nat("efc17", 0), BP)
h("l1", "leg17", COC, nat("leg17", 0), CO)
for i in range(1, 5):
    h(f"l{i+1}", "leg17", NAT, nat("leg17", i), [BP, BP, CO, BP][i - 1])
h("m1", "legit17", AFI, "The force should " + B["confid"] + ".", CO)
h("m2", "legit17", AFI, "The force should " + B["support"] + ".", CO)
h("m3", "legit17", AFI, "The force should " + B["eqdiv"] + ".", BP)
h("m4", "legit17", AFI, "The force should " + B["cultures"] + ".", BP)
h("o1", "ncpi18", REC, "Within six months the force should " + BODY_MISSING + ".", CO)
h("o2", "ncpi18", REC, "Within three months, the force should make sure officers and staff have the "
  "training they need to identify and respond to child sexual exploitation.", BP)
h("o3", "ncpi18", REC, "Within six months the force should improve how it works with partner "
  "organisations to safeguard people at risk from child sexual exploitation.", BP)
h("p1", "peel19", COC, CAUSES[2], BP)
h("p2", "peel19", REC, "HMIC recommends that the force should immediately: " + B["capab"] + ";", BP)
h("p3", "peel19", REC, "HMIC recommends that the force should immediately: " + B["superv"] + ";", CO)
h("p4", "peel19", REC, "HMICFRS recommends that the force should immediately:" + B["digital"] + "; and", BP)
h("p5", "peel19", AFI, "The force should " + B["links"] + ".", CO)
h("p6", "peel19", AFI, "The force should " + B["demand"] + ".", BP)
h("n1", "cdi19", REC, "Immediately, the force should " + CDI_VICTIMS_BODY + ".", BP)
h("n2", "cdi19", REC, "Within three months, the force should " + B["callh"] + ".", CO)
h("n3", "cdi19", AFI, "The force should " + B["crimesys"] + ".", BP)
h("n4", "cdi19", AFI, "The force should make sure it records reports of hate crime accurately and "
  "without delay.", CO)
h("r1", "cust20", REC, "The force should " + B["custody"] + ".", BP)
for i in range(5):
    h(f"s{i+1}", "powers", NAT, nat("powers", i), [BP, CO, BP, BP, BP][i])   # s4 missing from force
T_BODIES = [
    "make sure victims of domestic abuse are kept informed about the progress of their case, in "
    "line with the Code of Practice for Victims of Crime",
    "improve the timeliness of its response to calls for service involving anti-social behaviour",
    "make sure it has enough specialist capacity and capability to investigate online child sexual abuse",
    "improve how it gathers, assesses and acts on intelligence about serious and organised crime",
    "make sure officers and staff have the training they need to identify and respond to stalking "
    "and harassment",
    "improve its understanding of the nature and scale of violence against women and girls in its area",
    "evaluate its work to prevent knife crime and share what works across the force",
]
for i, body in enumerate(T_BODIES):
    h(f"t{i+1}", "peel22", AFI, "The force should " + body + ".", [BP, BP, BP, CO, BP, CO, BP][i])
h("u1", "peel25", COC, CAUSES[4].replace("{force}", FORCE), AR)
h("u2", "peel25", REC, "Within six months, the force should " + B["vetting"] + ".", AR)
h("u3", "peel25", AFI, "The force should make sure its analysis of county lines drug dealing informs "
  "its strategic assessment and control strategy.", AR)
h("u4", "peel25", AFI, "The force should develop a problem-solving approach to neighbourhood crime, "
  "working with local communities and partners.", AR)
h("u5", "peel25", AFI, H["t6"]["text"], AR)                          # AFI repeated from PEEL 2021/22
h("u6", "peel25", AFI, "The force should make sure its performance framework gives senior leaders a "
  "clear picture of its response to fraud.", AR)                      # missing from force

# register ids: plain integers, unique across the register, rising roughly with time
H_ID = {}
nxt = 1180
for rep in sorted({H[k]["report"] for k in H_ORDER}, key=lambda r: (REPORTS[r][1], r)):
    nxt += rng.randint(300, 900)
    for k in [k for k in H_ORDER if H[k]["report"] == rep]:
        H_ID[k] = nxt
        nxt += rng.randint(1, 4)

# ---------------------------------------------------------------- the force's tracker
D = "<D>"          # a ditto mark: the variant is drawn below
DITTOS = ['"', '"', '"', "''", "“", "Ditto", "As above", '"', "''", "ditto", "As above", ' " ']


def asno(key):
    return ("ASNO", key)


def d(y, m, dd):
    return dt.datetime(y, m, dd)


# Each row: key (H key, or 'x:...' for rows HMICFRS does not hold), split flag, and the cells as the
# officer typed them. None = empty. "auto" in No. = next running number.
COLS = ["No.", "Report", "Published", "HMIC Ref", "Type", "Recommendation / AFI (as worded in report)",
        "Lead", "RAG", "Update", "Date submitted for closure"]
ROWS = []   # list of dicts or None for a blank row


def row(key, report=D, pub=D, ref=None, typ=D, text=None, lead=D, rag=D, upd=None, closed=None,
        no="auto", split=False):
    ROWS.append(dict(key=key, no=no, report=report, pub=pub, ref=ref, typ=typ, text=text, lead=lead,
                     rag=rag, upd=upd, closed=closed, split=split))


def blank():
    ROWS.append(None)


def ref(k):
    return H_ID[k]


def t(k):
    return H[k]["text"]


# 2013 -- the tracker was started on Stop and Search; no HMIC refs recorded until 2017
row("a1", report="Stop & Search powers (HMIC 2013)", pub=d(2013, 7, 9), typ="National rec", text=t("a1"),
    lead="ACC Local Policing", rag="GREEN", upd="S&S APP adopted. Monitoring through the Stop Search "
    "Board.", closed=d(2015, 3, 31))
row("a2", text=t("a2"), rag=D, upd=D, closed=D)
row("a3", text=t("a3"), rag="''", upd="Community scrutiny panel in place since Nov 2014, minutes on "
    "the website. Proposed for closure.", closed=d(2016, 1, 14))
blank()
row("b1", report="Domestic abuse - Everyone's business", pub=d(2014, 3, 27), typ=D,
    text=t("b1").replace(" and 20\n", " and\n"), lead="Ch Supt Public Protection", rag="GREEN",
    upd="DA action plan published Sept 2014 and refreshed annually.", closed=d(2015, 6, 2))
blank()
row("c1", report="Policing in Austerity 2014", pub="July 2014", typ="National rec", text=t("c1"),
    lead="Director of Finance", rag="GREEN", upd="MTFP reviewed against VfM profiles.", closed=d(2015, 2, 20))
row("c2", text="Chief Constables & PCCs in forces planning to deliver less than 10% of savings through "
    "collaboration should assess whether there is scope to improve on this position.", rag="AMBER",
    upd="Tri-force collaboration review ongoing.")
row("c3", text=t("c3"), rag=D, upd=D)
row("c4", text=t("c4"), rag="WHITE", upd="HMIC to follow up through PEEL efficiency. Nothing further for "
    "the force.", closed=None)
blank()
row("d1", report="Core business", pub=d(2014, 9, 4), typ="National rec", text=t("d1"),
    lead="Supt Contact Centre", rag="GREEN", upd="THRIVE introduced in the FCR.", closed=d(2015, 4, 1))
row("d2", text=t("d2"), lead="Head of Corporate Development", rag=D,
    upd="Prevention activity recorded on Niche and evaluated by the Analysis Team.", closed=D)
blank()
row("e1", report="Integrity Matters 2015", pub="Jan 2015", typ=D, text=t("e1"),
    lead="Head of Professional Standards", rag=D, upd="PSD dip-sample of NFA outcomes by protected "
    "characteristic; reported to the Ethics Committee.", closed=d(2015, 11, 30))
blank()
row("f1", report="Stop & search powers 2", pub=d(2015, 3, 24), typ=D,
    text=("ASNO", "a3", " (same recommendation repeated in the 2015 report)"),
    lead="ACC Local Policing", rag=asno("a3"), upd=asno("a3"), closed=None)
blank()
row("h1", report="Firearms licensing 2015", pub=d(2015, 9, 15), typ="National rec", text=t("h1"),
    lead="Supt Firearms Licensing", rag="GREEN", upd="Governance reviewed against APP.", closed=d(2016, 1, 8))
row("h2", text=t("h2"), rag=D, upd="Demand review done; 2 extra enquiry officers funded.", closed=D)
row("h3", text=t("h3"), rag="AMBER", upd="Total expired records being worked through weekly.")
row("h4", text=t("h4"), rag=D, upd=D)
row("h5", text=t("h5"), rag=D, upd="Flag on STORM for certificate holder addresses - testing.")
blank()
row("i1", report="PEEL Effectiveness 2016", pub=d(2017, 3, 2), typ="Cause of concern", text=t("i1"),
    lead="Ch Supt Public Protection", rag="GREEN", upd="DASH now mandatory for all DA incidents. "
    "Re-inspected Nov 2017.", closed=d(2017, 12, 1))
row("i2", typ="Rec", text=t("i2"), rag=D, upd=D, closed=D)
row("i3", typ=D, text=t("i3").replace("domestic abuse", "DA"), lead=D, rag=D,
    upd="Arrest rate and DVPN use in the monthly DA performance pack. Proposed for closure.",
    closed=d(2018, 3, 9))
blank()
row("i4", typ="AFI", text=t("i4"), lead="Det Supt Safeguarding", rag="AMBER",
    upd="CSE problem profile refreshed; awaiting partner data.")
row("i5", typ=D, text=t("i5"), rag=D, upd=D)
row("x:i6", typ=D, text="The force should improve its understanding of the nature and scale of serious "
    "and organised crime in its area.", lead="Det Ch Supt Force CID", rag="GREEN",
    upd="SOC profile done, local profiles with partners.", closed=d(2018, 1, 19))
blank()
row("j1", report="Stolen Freedom (MSHT) 2017", pub=d(2017, 10, 24), ref=ref("j1"), typ="National rec",
    text="Within twelve months, forces should review their leadership and governance arrangements for "
    "MSHT, to ensure that:\n• senior leaders prioritise the response to modern slavery and human "
    "trafficking;", lead="Det Ch Supt Force CID", rag="AMBER", upd="MSHT gold group chaired by ACC Crime.")
row("j1", no=D, ref=D, typ=D, text="• every incident of modern slavery identified to police is allocated "
    "appropriate resources with the skills, experience and capacity to investigate it effectively;",
    rag=D, upd="MSHT investigations allocated to PVP.", split=True)
row("j1", no=D, ref=D, typ=D, text="• forces develop effective partnership arrangements to co-ordinate "
    "activity in order to share information and safeguard victims", rag=D,
    upd="Lincolnshire Modern Slavery Partnership.", split=True)
row("j2", ref=ref("j2"), typ=D, text=MSHT_INTEL, rag="GREEN", upd="ISAs signed with all seven district "
    "councils and the county council.", closed=d(2018, 5, 30))
row("j3", ref=ref("j3"), typ=D, text=t("j3"), lead="Head of Criminal Justice", rag=D,
    upd="S45 defence guidance issued to investigators and CPS liaison. Proposed for closure.",
    closed=d(2018, 6, 12))
row("j4", ref=ref("j4"), typ=D, text=t("j4"), lead="Det Ch Supt Force CID", rag="AMBER",
    upd="NRM SPOC in the MSHT team.")
row("j5", ref=D, typ=D, text=t("j5"), lead="Force Crime Registrar", rag=D, upd="MSHT in the FCR audit plan.")
row("j6", ref=ref("j6"), typ=D, text=t("j6"), lead="Det Ch Supt Force CID", rag="GREEN",
    upd="MSHT investigations reviewed by the DCI PVP; JIT with Romanian police used twice.",
    closed=d(2019, 3, 18))
row("j7", ref=ref("j7"), typ=D, text=t("j7"), rag="As above",
    upd="STRO/STPO use reviewed quarterly. Proposed for closure.", closed=D)
blank()
row("k1", report="PEEL Efficiency 17 (all forces)", pub=D, ref=ref("k1"), typ=D, text=t("k1"),
    lead="Head of Corporate Development", rag="GREEN", upd="Digital Strategy 2018-21 approved by COG "
    "Aug 2018.", closed=d(2018, 9, 3))
blank()
row("l1", report="PEEL Legit 17 S&S", pub=d(2017, 12, 12), ref=ref("l1"), typ="Cause of concern", text=t("l1"),
    lead="ACC Local Policing", rag="GREEN", upd="Disproportionality explained in the annual S&S report.",
    closed=d(2019, 2, 4))
row("l2", ref=ref("l2"), typ="National rec", text=t("l2"), rag="AMBER", upd="Monthly S&S data to the "
    "Stop Search Board.")
row("l3", ref=ref("l3"), typ=D, text=t("l3"), rag=D, upd=D)
row("l4", ref=ref("l4"), typ=D, text=t("l4"), rag=D, upd="Analysis to be published on the website.")
row("l5", ref=ref("l5"), typ="''", text=t("l5"), lead="Head of Learning & Development", rag="GREEN",
    upd="Unconscious bias input in all S&S training since Jan 2018. Submitted.", closed=d(2018, 7, 27))
blank()
row("m1", report="PEEL Legitimacy 2017", pub=D, ref=ref("m1"), typ="AFI", text=t("m1"),
    lead="Head of Professional Standards", rag="GREEN", upd="Integrity line relaunched.",
    closed=d(2018, 10, 1))
row("m2", ref=ref("m2"), typ=D, text=t("m2"), rag=D, upd=D, closed=D)
row("m3", ref=ref("m3"), typ=D, text=t("m3"), lead="Director of People", rag="AMBER",
    upd="New HR system (Oracle) to capture E&D data.")
row("m4", ref=ref("m4"), typ=D, text=t("m4"), rag=D, upd="Staff survey 2019 results with team-level "
    "breakdown.")
row("x:m5", typ=D, text="The force should " + B["access"] + ".", lead="Head of Professional Standards",
    rag="GREEN", upd="Intranet and website pages updated.", closed=d(2018, 10, 1))
blank()
row("o1", report="Child protection inspection 2018", pub="June 2018", ref=ref("o1"), typ="Rec",
    text=t("o1"), lead="Det Supt Safeguarding", rag="''", upd="Missing from home policy rewritten; "
    "absent category removed.", closed=d(2019, 1, 15))
row("o2", ref=ref("o2"), typ=D, text=t("o2"), rag="GREEN", upd="CSE training delivered to all response "
    "and neighbourhood officers (96%). Evidence sent.", closed=d(2019, 4, 8))
row("o3", ref=ref("o3"), typ=D, text="Within twelve months, the force should improve how it works with "
    "partner organisations to safeguard people at risk from CSE.", rag="AMBER",
    upd="Joint CSE/missing hub with the LSCB being set up.")
blank()
row("p1", report="PEEL 2018/19", pub=d(2019, 5, 2), ref=ref("p1"), typ="CoC", text=t("p1"),
    lead="Det Ch Supt Force CID", rag="AMBER", upd="Investigation Standards improvement plan in place; "
    "reported to Gold monthly.")
row("p2", ref=ref("p2"), typ="Rec", text=t("p2"), rag=D,
    upd="Action 1 - CID workload review (caseloads per DC, all LPAs).")
row("p2", no=D, ref=D, typ=D, text=D, lead="Director of People", rag=D,
    upd="Action 2 - investigator establishment and PIP2 pipeline in the workforce plan.", split=True)
row("p3", ref=ref("p3"), typ=D, text=t("p3"), lead="Det Ch Supt Force CID", rag="As above",
    upd="Supervisory review template on Niche.")
row("p4", ref=ref("p4"), typ=D, text=t("p4"), lead="Head of Digital Forensics", rag="GREEN",
    upd="Kiosks in all hubs, DFU backlog under 6 weeks. Submitted for closure.", closed=d(2020, 2, 21))
row("p5", ref=ref("p5"), typ="AFI", text=t("p5"), lead="Director of Finance", rag=D,
    upd="Outcome-based budgeting in the FMS.", closed=d(2020, 6, 30))
row("p6", ref=ref("p6"), typ=D, text=t("p6"), lead="Head of Corporate Development", rag=D,
    upd="Demand review complete, FMS 2020 submitted. Evidence sent to the FLL.", closed=D)
blank()
for i, bullet in enumerate(CDI_VICTIMS_BODY.split("\n")[1:]):
    if i == 0:
        row("n1", report="CDI 2019", pub="Sept 2019", ref=ref("n1"), typ="Rec",
            text="Immediately, the force should put in place arrangements to ensure that:\n" + bullet,
            lead="Force Crime Registrar", rag="AMBER", upd="Crime recording decision-makers in the FCR.")
    else:
        row("n1", no=D, ref=D, typ=D, text=bullet, lead=D, rag=D, split=True,
            upd=["Call summary QA by FCR supervisors.", "Niche linked-crime audit monthly.",
                 "Briefed to PVP and CID.", "Online reports triaged by the Resolution Centre."][i - 1])
row("n2", ref=ref("n2"), typ=D, text=t("n2"), lead="Supt Contact Centre", rag="GREEN",
    upd="THRIVE+ criteria in the FCR.", closed=d(2020, 1, 17))
row("n3", ref=ref("n3"), typ=D, text=t("n3"), lead="Force Crime Registrar", rag="AMBER",
    upd="Niche workflow project (Phase 2).")
row("n4", ref=ref("n4"), typ="AFI", text=t("n4"), rag=D, upd="Hate crime flagging audit.")
blank()
row("r1", report="Custody inspection 2020", pub="Aug 2020", ref=ref("r1"), typ="Rec", text=t("r1"),
    lead="Ch Insp Custody", rag="GREEN", upd="Protocol with children's services signed; AA contract "
    "extended to 24/7. Submitted.", closed=d(2021, 3, 12))
row("x:r2", ref=None, typ="Local action", text="Force action - Custody inspector to dip-sample the "
    "records of all detained children monthly and report to the Custody Users Group.", rag="AMBER",
    upd="First dip-sample done Jan 21.")
blank()
row("s1", report="Police powers spotlight (Feb 21)", pub=d(2021, 2, 26), ref=ref("s1"), typ="National rec",
    text=t("s1"), lead="Head of Learning & Development", rag="RED", upd="Conflict management CPD not yet "
    "funded.")
row("s2", ref=ref("s2"), typ=D, text=t("s2"), rag="GREEN", upd="BWV debrief in the CPD day.",
    closed=d(2021, 9, 30))
bwv = t("s3").split("\n")
row("s3", ref=ref("s3"), typ=D, text=bwv[0], lead="ACC Local Policing", rag=D,
    upd="BWV policy mandates recording of all S&S.", closed=d(2021, 10, 4))
row("s3", no=D, ref=D, typ=D, text=bwv[1], rag=D, upd="Monthly BWV review panel.", closed=D, split=True)
row("s3", no=D, ref=D, typ=D, text=bwv[2], rag=D, upd="Scrutiny panel view BWV quarterly.", closed=D,
    split=True)
row("s5", ref=ref("s5"), typ=D, text=t("s5"), rag="As above",
    upd="Use of force dashboard live. Submitted.", closed=d(2021, 11, 22))
blank()
row("t1", report="PEEL 2021/22", pub=d(2022, 5, 19), ref=ref("t1"), typ="AFI",
    text=t("t1").replace("domestic abuse", "DA"), lead="Ch Supt Public Protection", rag="AMBER",
    upd="Victim updates audit by the Victim Services Team.")
row("t2", ref=ref("t2"), typ=D, text=t("t2").replace("anti-social behaviour", "ASB"), lead="Supt Contact Centre",
    rag="GREEN", upd="ASB attendance times now within target. Evidence sent.", closed=d(2023, 2, 10))
row("t3", ref=ref("t3"), typ=D, text=t("t3"), lead="Det Supt Safeguarding", rag="RED",
    upd="POLIT growth bid unsuccessful.")
row("t4", ref=ref("t4"), typ=D, text=t("t4"), lead="Head of Intelligence", rag=asno("p1"),
    upd=("ASNO", "p1", " - see Investigation Standards plan"))
row("t5", ref=ref("t5"), typ=D, text=t("t5"), lead="Ch Supt Public Protection", rag=D,
    upd="Stalking training on the L&D plan 2023.")
row("t6", ref=ref("t6"), typ=D, text=t("t6"), lead="ACC Local Policing", rag="GREEN",
    upd="VAWG problem profile done.", closed=d(2023, 5, 5))
blank()
row("u1", report="PEEL 2023-25", pub=d(2024, 5, 14), ref=ref("u1"), typ="CoC", text=t("u1"),
    lead="Head of Professional Standards", rag="AMBER", upd="Vetting recovery plan; backlog reported to "
    "COG fortnightly.")
row("u2", ref=ref("u2"), typ="Rec", text=t("u2"), rag=D, upd=D)
row("u3", ref=ref("u3"), typ="AFI", text=t("u3"), lead="Head of Intelligence", rag=D,
    upd="Control strategy refresh Oct 24.")
row("u4", ref=ref("u4"), typ=D, text="Develop a problem solving approach to neighbourhood crime, working "
    "with communities & partners.", lead="ACC Local Policing", rag="Ditto", upd="SARA training for NPTs.")
row("u5", ref=None, typ=D, text=("ASNO", "t6", " (repeated AFI)"), rag="AMBER",
    upd="Repeated AFI - re-opened. New VAWG delivery plan.")
blank()
row("x:v1", report="Force Improvement Plan (own actions)", pub=None, typ="Local action",
    text="Task & Finish group to review the violence against women and girls policy and report to the "
    "Force Executive Team", lead="ACC Local Policing", rag="AMBER", upd="T&F group met Sept 24.")
row("x:v2", pub=None, typ=D, text="Add rural crime measures to the monthly Force Performance pack",
    lead="Head of Corporate Development", rag="GREEN", upd="In the pack from Oct 24.", closed=None)
row("x:v3", pub=None, typ=D, text="Agree an information-sharing protocol on county lines drug dealing with the "
    "local authorities", lead="Head of Intelligence", rag="As above", upd="Draft with legal services.")

HEADER_ROW = 5
FIRST = HEADER_ROW + 1

# excel row numbers, running numbers, ditto variants
KEYS = ["no", "report", "pub", "ref", "typ", "text", "lead", "rag", "upd", "closed"]
n = 0
for i, r in enumerate(ROWS):
    if r is None:
        continue
    r["xrow"] = FIRST + i
    if r["no"] == "auto":
        n += 1
        r["no"] = n
    for c in KEYS:
        if r[c] == D:
            r[c] = rng.choice(DITTOS)

NO_OF = {}
for r in ROWS:
    if r and isinstance(r["no"], int) and not r["split"] and r["key"] not in NO_OF:
        NO_OF[r["key"]] = r["no"]
for r in ROWS:
    if r is None:
        continue
    for c in KEYS:
        v = r[c]
        if isinstance(v, tuple) and v[0] == "ASNO" and c == "text":
            r["ptr"] = v[1]
        if isinstance(v, tuple) and v[0] == "ASNO":
            tail = v[2] if len(v) > 2 else ""
            fmt = rng.choice(["As No. {}", "As No.{}", "As no. {}", "AS NO {}"]) if c == "rag" else "As No. {}"
            r[c] = fmt.format(NO_OF[v[1]]) + tail


# ---------------------------------------------------------------- resolve dittos (as a reader would)
DITTO_RE = re.compile(r'^\s*(?:"|\'\'|“|”|ditto|as above)\s*$', re.I)
ASNO_RE = re.compile(r"^\s*as no\.?\s*(\d+)\b", re.I)


def resolve():
    res = []
    last = None
    by_no = {}
    for r in ROWS:
        if r is None:
            res.append(None)
            continue
        o = {}
        for c in KEYS:
            v = r[c]
            if isinstance(v, str) and DITTO_RE.match(v):
                v = last[c]
            o[c] = v
        res.append(o)
        last = o
        if isinstance(o["no"], int):
            by_no.setdefault(o["no"], o)
    for o in res:                        # pointers "As No. N" (targets are resolved already)
        if o is None:
            continue
        for c in ("rag", "lead", "upd"):
            m = ASNO_RE.match(str(o[c] or ""))
            if m:
                o[c] = by_no[int(m.group(1))][c]
    return res


RES = resolve()
TYPE_MAP = {"national rec": NAT, "rec": REC, "afi": AFI, "coc": COC, "cause of concern": COC,
            "local action": None}
REPORT_MAP = {}


def check_resolved():
    """The sheet, read as a person reads it, says what the plan says (bar the planted errors)."""
    for r, o in zip(ROWS, RES):
        if r is None or r["key"].startswith("x:"):
            continue
        k = r["key"]
        title, pub = REPORTS[H[k]["report"]]
        REPORT_MAP.setdefault(o["report"], H[k]["report"])
        assert REPORT_MAP[o["report"]] == H[k]["report"], (k, o["report"])
        typ = TYPE_MAP[str(o["typ"]).strip().lower()]
        assert (typ == H[k]["type"]) != (k == "n3"), (k, o["typ"])
        p = o["pub"]
        if isinstance(p, dt.datetime):
            same = p.date() == pub
        else:
            mon = {"jan": 1, "jun": 6, "jul": 7, "aug": 8, "sep": 9}[p.split()[0][:3].lower()]
            same = (int(p.split()[1]), mon) == (pub.year, pub.month)
        assert same != (k == "k1"), (k, p, pub)
        if o["ref"] is not None:
            assert (o["ref"] == H_ID[k]) != (k == "j5"), (k, o["ref"])


check_resolved()
FORCE_DONE = {"GREEN", "WHITE"}


def force_state(o):
    rag = str(o["rag"]).strip().upper()
    assert rag in {"GREEN", "WHITE", "AMBER", "RED"}, o
    return "done" if rag in FORCE_DONE else "open"


CONFLICTS = {
    "j1": "split into one row per bullet but the fourth bullet (performance and quality assurance "
          "measures) has no row: missing bullet",
    "j5": "HMIC Ref cell is a ditto of the row above, so it carries the NRM item's register id {} "
          "instead of {}; text is the NCRS item: reference disagrees",
    "k1": "Published cell is a ditto across the blank row and takes 24/10/2017 (Stolen Freedom); "
          "HMICFRS publication date is 09/11/2017",
    "o3": "force text says within twelve months, HMICFRS says within six months",
    "n3": "Type cell is a ditto of 'Rec' from the row above (Recommendation); HMICFRS holds it as "
          "an area for improvement",
}
EXPECT = {  # H key -> expected category, checked against what the resolved sheet gives
    **{k: "in_sync" for k in "a1 a2 b1 c1 c4 d1 e1 h1 h2 i1 i2 i5 j2 j4 j6 l1 l2 l3 m1 m2 m3 m4 o1 p1 "
       "p2 p5 n1 n2 s1 s2 t1 t3 t5 t6 h4 u1 u2 u3 u4 u5".split()},
    **{k: "closeable_submit" for k in "a3 d2 f1 i3 j3 j7 l5 o2 p4 p6 r1 s3 s5 t2".split()},
    **{k: "closeable_local" for k in "c2 c3 h3 h5 i4 l4 p3 n4 t4".split()},
    **{k: "conflict" for k in CONFLICTS},
    **{k: "missing_from_force" for k in "g1 s4 t7 u6".split()},
}
CONFLICTS["j5"] = CONFLICTS["j5"].format(H_ID["j4"], H_ID["j5"])


def fmt_state(o):
    return str(o["rag"]).strip().upper()


# ---------------------------------------------------------------- write the HMICFRS register
H_ROW = {}


def status_date(k):
    pub = REPORTS[H[k]["report"]][1]
    st = H[k]["status"]
    lo = 40 if st in (AR,) else 120
    days = rng.randint(lo, lo + 500)
    sd = pub + dt.timedelta(days=days)
    return min(sd, dt.date(2024, 9, 27))


def write_hmicfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = H_SHEET
    hdr = ["ID", "Force", "Report", "Published", "Type", "Recommendation", "Status", "Status date"]
    ws.append(hdr)
    order = sorted(H_ORDER, key=lambda k: (REPORTS[H[k]["report"]][1], H_ID[k]))
    for k in order:
        rep = H[k]["report"]
        sd = status_date(k)
        ws.append([H_ID[k], FORCE, REPORTS[rep][0], REPORTS[rep][1], H[k]["type"], H[k]["text"],
                   H[k]["status"], sd])
        H_ROW[k] = ws.max_row
        ws.cell(ws.max_row, 4).number_format = "dd/mm/yyyy"
        ws.cell(ws.max_row, 8).number_format = "dd/mm/yyyy"
    for c, w in zip("ABCDEFGH", [9, 22, 60, 12, 24, 100, 17, 12]):
        ws.column_dimensions[c].width = w
    ws.auto_filter.ref = f"A1:H{ws.max_row}"
    save(wb, path)


# ---------------------------------------------------------------- write the tracker
FILLS = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": None}


def write_tracker(path):
    wb = Workbook()
    ws = wb.active
    ws.title = F_SHEET
    ws["A1"] = "LINCOLNSHIRE POLICE - HMIC / HMICFRS RECOMMENDATIONS & AFIs TRACKER"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("RAG: GREEN = implemented / evidence submitted to HMICFRS   AMBER = work in progress   "
                "RED = off track or beyond deadline   WHITE = not for the force to deliver")
    ws["A3"] = ("Kept by Strategic Development (inspection liaison). Last updated 03/10/2024 JH. "
                "Please do not sort or filter this sheet.")
    ws["A3"].font = Font(italic=True)
    for j, c in enumerate(COLS, 1):
        cell = ws.cell(HEADER_ROW, j, c)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r in ROWS:
        if r is None:
            continue
        x = r["xrow"]
        for j, c in enumerate(KEYS, 1):
            v = r[c]
            if v is None:
                continue
            cell = ws.cell(x, j, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
            if c == "rag" and isinstance(v, str) and FILLS.get(v.strip().upper()):
                cell.fill = PatternFill("solid", fgColor=FILLS[v.strip().upper()])
    for c, w in zip("ABCDEFGHIJ", [6, 24, 12, 10, 14, 80, 26, 9, 45, 13]):
        ws.column_dimensions[c].width = w
    ws.freeze_panes = f"A{FIRST}"
    save(wb, path)


FIXED = dt.datetime(2024, 10, 3, 9, 0, 0)


def save(wb, path):
    wb.properties.creator = "Strategic Development"
    wb.properties.created = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    # make the zip byte-stable: fixed entry times and a fixed modified stamp
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-10-03T09:00:00Z</dcterms:modified>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- truth
def main():
    OUT.mkdir(exist_ok=True)
    write_hmicfrs(OUT / "hmicfrs.xlsx")
    write_tracker(OUT / "tracker.xlsx")

    lines = []
    frows = {}
    for r, o in zip(ROWS, RES):
        if r is None:
            continue
        frows.setdefault(r["key"], []).append((r, o))
    got = {}
    for k in sorted(H_ORDER, key=lambda k: H_ROW[k]):
        hs = "closed" if H[k]["status"] in (CO, SU) else "open"
        hr = f"{H_SHEET}!{H_ROW[k]}"
        if k not in frows:
            cat = "missing_from_force"
            lines.append([hr, "", cat, f"HMICFRS {H[k]['status']} (id {H_ID[k]}); no row in the "
                          "tracker for this item"])
            got[k] = cat
            continue
        for r, o in frows[k]:
            fs = force_state(o)
            raw = r["rag"]
            how = (f"RAG '{raw}' resolves to {fmt_state(o)}" if str(raw).strip().upper() != fmt_state(o)
                   else f"RAG {fmt_state(o)}")
            if k in CONFLICTS:
                cat, why = "conflict", CONFLICTS[k]
            else:
                cat = {("open", "open"): "in_sync", ("closed", "done"): "in_sync",
                       ("open", "done"): "closeable_submit", ("closed", "open"): "closeable_local"}[(hs, fs)]
                why = f"HMICFRS {H[k]['status']}; force {how}"
            if r["split"] or len(frows[k]) > 1:
                why += "; one of %d rows split off this item (HMIC Ref/No. dittoed)" % len(frows[k])
            m = ASNO_RE.match(str(raw))
            if m:
                tgt = [x for x in ROWS if x and x["no"] == int(m.group(1))][0]
                why += (f" (running No. {m.group(1)} is Excel row {tgt['xrow']}, not row {m.group(1)})")
            if r.get("ptr"):
                p = [x for x in ROWS if x and x["key"] == r["ptr"]][0]
                why += (f"; text '{r['text']}' points at running No. {p['no']} (Excel row {p['xrow']}, "
                        f"{REPORTS[H[r['ptr']]['report']][0][:22]}...); this row sits in the "
                        f"{REPORTS[H[k]['report']][0][:22]}... block, so it is that report's item")
            lines.append([hr, f"{F_SHEET}!{r['xrow']}", cat, why])
            got[k] = cat
    for r, o in zip(ROWS, RES):
        if r is None or not r["key"].startswith("x:"):
            continue
        reason = {"x:i6": "AFI not held on the HMICFRS list for PEEL 2016 (force's own old row)",
                  "x:m5": "AFI not on the HMICFRS list for PEEL Legitimacy 2017",
                  "x:r2": "force's own local action inside the custody block"}.get(
            r["key"], "force's own improvement-plan action")
        lines.append(["", f"{F_SHEET}!{r['xrow']}", "not_on_hmicfrs_list", reason])
    bad = {k: (got.get(k), EXPECT.get(k)) for k in H_ORDER if got.get(k) != EXPECT.get(k)}
    assert not bad, bad
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    counts = {}
    for l in lines:
        counts[l[2]] = counts.get(l[2], 0) + 1
    print(counts, len(lines), "H items", len(H_ORDER), "force rows", sum(1 for r in ROWS if r))


if __name__ == "__main__":
    main()
